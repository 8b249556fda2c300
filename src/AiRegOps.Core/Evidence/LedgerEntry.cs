namespace AiRegOps.Core.Evidence;

/// <summary>
/// One entry of a service's ledger: what was added, when, and the hash of the entry before it, so that changing,
/// removing or reordering any entry breaks the chain.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>1 for the first entry of a service, then one more for each.</summary>
    public required long Sequence { get; init; }

    /// <summary>When the entry was appended (UTC).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    public required EvidenceMetadata Metadata { get; init; }
    public required ContentHash ContentHash { get; init; }
    public required long Size { get; init; }

    /// <summary>The entry hash of the previous entry; 64 zeros for the first.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 over the canonical serialisation of every other field.</summary>
    public required string EntryHash { get; init; }

    public string Service => Metadata.Service;
}
