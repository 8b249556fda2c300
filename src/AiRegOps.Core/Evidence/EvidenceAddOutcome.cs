namespace AiRegOps.Core.Evidence;

/// <summary>What adding a piece of evidence did.</summary>
public enum EvidenceAddOutcome
{
    /// <summary>A new ledger entry was appended.</summary>
    Added,

    /// <summary>The same content was already recorded for the same service, obligation and period: nothing changed.</summary>
    AlreadyRecorded,
}
