namespace AiRegOps.Core.Evidence;

/// <summary>No blob or entry has the hash asked for.</summary>
public sealed class EvidenceNotFoundException : EvidenceException
{
    public EvidenceNotFoundException()
    {
    }

    public EvidenceNotFoundException(string message)
        : base(message)
    {
    }

    public EvidenceNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
