namespace AiRegOps.Core.Calendar;

/// <summary>Holiday data is malformed; the message says which file, where in it, and what was expected.</summary>
public sealed class HolidayDataException : Exception
{
    public HolidayDataException()
    {
    }

    public HolidayDataException(string message)
        : base(message)
    {
    }

    public HolidayDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a known place; the message reads <c>file:line:column: path: problem</c>.</summary>
    public HolidayDataException(string file, int line, int column, string path, string problem, Exception? innerException = null)
        : base($"{file}:{line}:{column}: {path}: {problem}", innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Path = path;
        Problem = problem;
    }

    /// <summary>The file (or source name) the data came from.</summary>
    public string File { get; } = string.Empty;

    /// <summary>1-based line of the offending token; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column (in characters) of the offending token; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the offending value, e.g. <c>$.days[3].date</c>.</summary>
    public string Path { get; } = string.Empty;

    /// <summary>What was wrong and what was expected, without the location.</summary>
    public string Problem { get; } = string.Empty;
}
