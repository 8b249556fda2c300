using AiRegOps.Core.Evidence;

namespace AiRegOps.Tests.Shared.Evidence;

/// <summary>One fresh evidence location for a contract test, and the ways to tamper with it behind the store's back.</summary>
public abstract class EvidenceHarness : IAsyncDisposable
{
    public abstract EvidenceService Service { get; }

    /// <summary>Another service over the same location, as a second process or machine would open it.</summary>
    public abstract EvidenceService OpenAnother();

    /// <summary>The same location with a ledger that fails on append, as a crash between the blob and its entry would.</summary>
    public EvidenceService WithFailingLedger()
    {
        var another = OpenAnother();
        return new EvidenceService(new EvidenceBackend(another.Store, new FailingLedger(another.Ledger), another.State));
    }

    public abstract Task OverwriteBlobAsync(ContentHash hash, byte[] content);
    public abstract Task DeleteBlobAsync(ContentHash hash);

    /// <summary>Rewrites the stored JSON of entry <paramref name="sequence"/>.</summary>
    public abstract Task ChangeEntryAsync(string service, long sequence, Func<string, string> change);

    public abstract Task RemoveEntryAsync(string service, long sequence);

    /// <summary>Deletes the head record of a service's ledger.</summary>
    public abstract Task DeleteHeadAsync(string service);
    public abstract Task SwapEntriesAsync(string service, long first, long second);

    public abstract ValueTask DisposeAsync();

    private sealed class FailingLedger(IEvidenceLedger inner) : IEvidenceLedger
    {
        public string Location => inner.Location;
        public bool HeadMayLag => inner.HeadMayLag;

        public Task<LedgerAppendResult> AppendAsync(EvidenceMetadata metadata, ContentHash hash, long size, CancellationToken cancellationToken) =>
            throw new IOException("simulated crash between the blob and its ledger entry");

        public IAsyncEnumerable<LedgerRow> ReadRowsAsync(string service, CancellationToken cancellationToken) => inner.ReadRowsAsync(service, cancellationToken);
        public Task<LedgerHead?> GetHeadAsync(string service, CancellationToken cancellationToken) => inner.GetHeadAsync(service, cancellationToken);
        public IAsyncEnumerable<string> ListServicesAsync(CancellationToken cancellationToken) => inner.ListServicesAsync(cancellationToken);
    }
}
