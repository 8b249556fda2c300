using System.Diagnostics;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Evidence.Bench;

/// <summary>The evidence store with the time its content path (<c>PutAsync</c>) took, to tell it from the recording.</summary>
internal sealed class TimedStore(IEvidenceStore inner) : IEvidenceStore
{
    public double PutSeconds { get; private set; }

    public string Location => inner.Location;

    public async Task<StoredContent> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var stored = await inner.PutAsync(content, cancellationToken);
        PutSeconds = watch.Elapsed.TotalSeconds;
        return stored;
    }

    public Task<long?> GetSizeAsync(ContentHash hash, CancellationToken cancellationToken) => inner.GetSizeAsync(hash, cancellationToken);
    public Task<Stream> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken) => inner.OpenReadAsync(hash, cancellationToken);
    public IAsyncEnumerable<StoredBlob> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    public Task DeleteStagingAsync(string blobName, CancellationToken cancellationToken) => inner.DeleteStagingAsync(blobName, cancellationToken);

    public Task<ImmutabilityResult> ApplyImmutabilityAsync(ContentHash hash, ImmutabilityPolicy policy, CancellationToken cancellationToken) =>
        inner.ApplyImmutabilityAsync(hash, policy, cancellationToken);
}
