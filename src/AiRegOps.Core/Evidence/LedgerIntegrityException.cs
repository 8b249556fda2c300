namespace AiRegOps.Core.Evidence;

/// <summary>A service's ledger does not verify, so nothing in it counts towards the schedule until it is repaired.</summary>
public sealed class LedgerIntegrityException : EvidenceException
{
    public LedgerIntegrityException()
    {
    }

    public LedgerIntegrityException(string message)
        : base(message)
    {
    }

    public LedgerIntegrityException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public LedgerIntegrityException(string service, int errors, VerificationProblem first)
        : base($"The evidence ledger of '{service}' does not verify ({errors} problem(s); first: {first?.Message}). Nothing in it counts until it is repaired; run Test-ComplianceEvidence -Service {service} for the full report.")
    {
        Service = service;
        First = first;
    }

    public string? Service { get; }
    public VerificationProblem? First { get; }
}
