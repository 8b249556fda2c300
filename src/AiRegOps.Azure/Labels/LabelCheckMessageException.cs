namespace AiRegOps.Azure.Labels;

/// <summary>
/// A label-check queue message that cannot be acted on (not JSON, not a blob-created event, a container that is not
/// watched, a blob name that is not a plain path). Retrying cannot fix it: the host moves it to the poison queue and
/// the log names the field and what was expected.
/// </summary>
public sealed class LabelCheckMessageException : Exception
{
    public LabelCheckMessageException(string field, string problem)
        : base($"Invalid label-check message: {field}: {problem}")
    {
        Field = field;
    }

    public LabelCheckMessageException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public LabelCheckMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    public LabelCheckMessageException()
        : this("Invalid label-check message.")
    {
    }

    /// <summary>The JSON path of the offending field ($ for the message itself).</summary>
    public string Field { get; }
}
