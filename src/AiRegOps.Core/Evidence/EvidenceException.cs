namespace AiRegOps.Core.Evidence;

/// <summary>Base of the evidence errors. Messages never carry a connection string, key or SAS token.</summary>
public class EvidenceException : Exception
{
    public EvidenceException()
    {
    }

    public EvidenceException(string message)
        : base(message)
    {
    }

    public EvidenceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
