namespace AiRegOps.Core.Evidence;

/// <summary>A ledger cannot be appended to as it is (unreadable tail, lock not obtained, contention that did not settle).</summary>
public sealed class LedgerException : EvidenceException
{
    public LedgerException()
    {
    }

    public LedgerException(string message)
        : base(message)
    {
    }

    public LedgerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
