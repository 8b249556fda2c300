namespace AiRegOps.Labels.Reading;

/// <summary>The file's structure is broken or ends early: the verdict is Inconclusive with this reason.</summary>
public sealed class LabelFormatException : Exception
{
    public LabelFormatException(string message, long offset, bool truncated = false)
        : base(message)
    {
        Offset = offset;
        Truncated = truncated;
    }

    public LabelFormatException()
    {
    }

    public LabelFormatException(string message)
        : base(message)
    {
    }

    public LabelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Offset { get; }
    public bool Truncated { get; }
}
