namespace AiRegOps.Labels.Writing;

/// <summary>The label could not be written: the file is unchanged and the message says why.</summary>
public sealed class LabelWriteException : Exception
{
    public LabelWriteException()
    {
    }

    public LabelWriteException(string message)
        : base(message)
    {
    }

    public LabelWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
