namespace AiRegOps.Core.Evidence;

/// <summary>What adding a piece of evidence did; a record read back from the ledger is <see cref="Recorded"/>.</summary>
public enum EvidenceAddOutcome
{
    /// <summary>A new ledger entry was appended.</summary>
    Added,

    /// <summary>The same content was already recorded for the same service, obligation and period: nothing changed.</summary>
    AlreadyRecorded,

    /// <summary>Read from the ledger (a query or a listing), not returned by an add: it says only that the entry exists.</summary>
    Recorded,
}
