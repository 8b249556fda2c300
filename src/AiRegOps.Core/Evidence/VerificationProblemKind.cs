namespace AiRegOps.Core.Evidence;

/// <summary>What verification found wrong.</summary>
public enum VerificationProblemKind
{
    /// <summary>A stored entry could not be read as an entry.</summary>
    EntryUnreadable,

    /// <summary>An entry's contents no longer match its hash: it was changed.</summary>
    EntryChanged,

    /// <summary>An entry does not carry the hash of the entry before it.</summary>
    ChainBroken,

    /// <summary>An entry's sequence number is missing: it was removed.</summary>
    EntryMissing,

    /// <summary>Two stored entries carry the same sequence number.</summary>
    EntryDuplicated,

    /// <summary>Entries are stored out of sequence order: they were reordered.</summary>
    EntryOutOfOrder,

    /// <summary>An entry is stored under another service than its own.</summary>
    EntryMisplaced,

    /// <summary>The head (last entry recorded) does not match the entries: the tail was removed or replaced.</summary>
    HeadMismatch,

    /// <summary>The head record is missing although entries exist.</summary>
    HeadMissing,

    /// <summary>An entry's blob is not in the store.</summary>
    BlobMissing,

    /// <summary>A blob's content no longer has the hash it is stored under.</summary>
    BlobChanged,

    /// <summary>A blob in the store that no ledger entry refers to (left by an interrupted add).</summary>
    OrphanBlob,

    /// <summary>A staging blob left by an interrupted upload.</summary>
    StaleStaging,

    /// <summary>A ledger entry that records a fact whose note does not match its content hash, service, obligation or period.</summary>
    FactInvalid,

    /// <summary>Obligation state kept outside the ledger (by earlier versions, or appended by hand) that no entry backs: it does not count.</summary>
    StateNotInLedger,
}
