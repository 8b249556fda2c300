namespace AiRegOps.Core.Evidence;

/// <summary>
/// Append-only, hash-chained ledgers, one per service. Appends are serialised so two writers never fork the chain
/// or lose an entry, and are idempotent per (service, obligation, period, content hash).
/// </summary>
public interface IEvidenceLedger
{
    /// <summary>Where the ledger is, for messages (never a secret).</summary>
    string Location { get; }

    /// <summary>
    /// Appends an entry for <paramref name="hash"/>, unless the service's ledger already records the same content for
    /// the same obligation and period, in which case that entry is returned and nothing changes.
    /// </summary>
    Task<LedgerAppendResult> AppendAsync(EvidenceMetadata metadata, ContentHash hash, long size, CancellationToken cancellationToken);

    /// <summary>
    /// Reads ahead what the next append to <paramref name="service"/> needs (a remote ledger's head), so the append
    /// after an upload takes one round trip. Only reads: the add runs it while the content uploads, before anything
    /// may be recorded. A failure here is ignored; the append then reads for itself.
    /// </summary>
    Task PrepareAppendAsync(string service, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The stored rows of a service's ledger in stored order, readable or not, for queries and verification.</summary>
    IAsyncEnumerable<LedgerRow> ReadRowsAsync(string service, CancellationToken cancellationToken);

    /// <summary>The head the ledger keeps for a service, or null when it has none.</summary>
    Task<LedgerHead?> GetHeadAsync(string service, CancellationToken cancellationToken);

    /// <summary>Every service that has a ledger.</summary>
    IAsyncEnumerable<string> ListServicesAsync(CancellationToken cancellationToken);

    /// <summary>Whether the head may be one entry behind after an interrupted append (file ledgers), rather than exact.</summary>
    bool HeadMayLag { get; }
}
