namespace AiRegOps.Core.Gate;

/// <summary>A waiver file that cannot be used, with the file, line, column and field at fault.</summary>
public sealed class WaiverFileException : Exception
{
    public WaiverFileException(string file, int line, int column, string? field, string problem, Exception? innerException = null)
        : base($"{file}:{line}:{column}: {(field is null ? string.Empty : field + ": ")}{problem}", innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
    }

    public WaiverFileException()
        : this("waivers", 0, 0, null, "invalid waiver file")
    {
    }

    public WaiverFileException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    public WaiverFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>The field at fault, e.g. "waivers[2].expires".</summary>
    public string? Field { get; }
}
