namespace AiRegOps.Labels.Reading;

/// <summary>Reading the file would cross one of the <see cref="ReadLimits"/>: the verdict is Inconclusive.</summary>
public sealed class LabelLimitException : Exception
{
    public LabelLimitException()
    {
    }

    public LabelLimitException(string message)
        : base(message)
    {
    }

    public LabelLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
