namespace AiRegOps.Core.Evidence;

/// <summary>One piece of evidence as the ledger knows it.</summary>
public sealed record EvidenceRecord
{
    public required LedgerEntry Entry { get; init; }

    /// <summary>What the add that returned this record did; <see cref="EvidenceAddOutcome.Recorded"/> for a record read from the ledger.</summary>
    public EvidenceAddOutcome Outcome { get; init; } = EvidenceAddOutcome.Recorded;

    /// <summary>Whether the content was already in the store (another entry's, or a blob left by an interrupted add).</summary>
    public bool ContentReused { get; init; }

    public string Service => Entry.Metadata.Service;
    public string ObligationId => Entry.Metadata.ObligationId;
    public string Period => Entry.Metadata.Period;
    public string? DeploymentId => Entry.Metadata.DeploymentId;
    public ContentHash Hash => Entry.ContentHash;
    public long Size => Entry.Size;
    public string BlobName => Entry.ContentHash.BlobName;
    public long Sequence => Entry.Sequence;
    public DateTimeOffset AddedAt => Entry.Timestamp;
    public EvidenceMetadata Metadata => Entry.Metadata;
}
