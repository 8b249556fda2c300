namespace AiRegOps.Core.Evidence;

public enum VerificationSeverity
{
    /// <summary>Tampering or loss: the ledger or the evidence can no longer be trusted as it is.</summary>
    Error,

    /// <summary>Worth knowing, not tampering (an orphan blob a later add adopts, a head one step behind).</summary>
    Warning,
}
