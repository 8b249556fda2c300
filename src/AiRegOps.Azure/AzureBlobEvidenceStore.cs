using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using AiRegOps.Core.Evidence;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace AiRegOps.Azure;

/// <summary>
/// Evidence in an Azure blob container, content-addressed (<c>sha256/ab/&lt;hash&gt;</c>). Content up to one block
/// is hashed in memory and uploaded straight to its name with If-None-Match: *. Larger content is staged as blocks of
/// a temporary blob while it is hashed (a bounded number of pooled buffers in flight), committed, then copied server
/// side to its content-addressed name with If-None-Match: *; the staging blob is deleted. Nothing is ever overwritten.
/// </summary>
public sealed class AzureBlobEvidenceStore : IEvidenceStore
{
    internal const string StagingPrefix = "staging/";
    private readonly AzureContext context;
    private readonly int blockSize;
    private readonly int concurrency;

    // A pool of its own, bounded to what uploads in flight need: the shared pool would keep a block-sized array per
    // thread that ever returned one, which is how a 1 GiB upload grew the working set past 200 MB.
    private readonly ArrayPool<byte> buffers;

    internal AzureBlobEvidenceStore(AzureContext context, int blockSize, int concurrency)
    {
        this.context = context;
        this.blockSize = blockSize;
        this.concurrency = concurrency;
        buffers = ArrayPool<byte>.Create(blockSize, concurrency + 2);
    }

    public string Location => $"Azure blob container '{context.Container.Name}' at {context.BlobHost} (account {context.Account})";

    public Task<StoredContent> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return context.RunAsync("uploading evidence", table: false, ct => PutCoreAsync(content, ct), cancellationToken);
    }

    public Task<long?> GetSizeAsync(ContentHash hash, CancellationToken cancellationToken) =>
        context.RunAsync($"reading the properties of '{hash.BlobName}'", table: false, async ct =>
        {
            try
            {
                var properties = await context.Container.GetBlobClient(hash.BlobName).GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false);
                return (long?)properties.Value.ContentLength;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        }, cancellationToken);

    public Task<Stream> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken) =>
        context.RunAsync($"reading '{hash.BlobName}'", table: false, async ct =>
        {
            try
            {
                var response = await context.Container.GetBlobClient(hash.BlobName).DownloadStreamingAsync(cancellationToken: ct).ConfigureAwait(false);
                return (Stream)new TranslatingReadStream(response.Value.Content, context, $"reading '{hash.BlobName}'");
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                throw new EvidenceNotFoundException($"Blob '{hash.BlobName}' is not in the {Location}.");
            }
        }, cancellationToken);

    public IAsyncEnumerable<StoredBlob> ListAsync(CancellationToken cancellationToken) =>
        context.GuardAsync("listing blobs", table: false, ListCoreAsync, cancellationToken);

    public Task DeleteStagingAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        if (!blobName.StartsWith(StagingPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{blobName}' is not a staging blob.", nameof(blobName));
        }

        return context.RunAsync($"deleting '{blobName}'", table: false, async ct =>
            (await context.Container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: ct).ConfigureAwait(false)).Value, cancellationToken);
    }

    public Task<ImmutabilityResult> ApplyImmutabilityAsync(ContentHash hash, ImmutabilityPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.IsNone)
        {
            return Task.FromResult(ImmutabilityResult.NotRequested);
        }

        return context.RunAsync($"making '{hash.BlobName}' immutable", table: false, ct => ApplyCoreAsync(hash, policy, ct), cancellationToken);
    }

    private async Task<ImmutabilityResult> ApplyCoreAsync(ContentHash hash, ImmutabilityPolicy policy, CancellationToken cancellationToken)
    {
        var blob = context.Container.GetBlobClient(hash.BlobName);
        var applied = new List<string>();
        try
        {
            if (policy.LegalHold)
            {
                await blob.SetLegalHoldAsync(true, cancellationToken).ConfigureAwait(false);
            }

            if (policy.RetainFor is { } retain)
            {
                var until = context.Time.GetUtcNow() + retain;
                await blob.SetImmutabilityPolicyAsync(
                    new BlobImmutabilityPolicy { ExpiresOn = until, PolicyMode = BlobImmutabilityPolicyMode.Unlocked },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            // Trust what the service reports back, not that the calls returned: an emulator may accept and ignore them.
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (policy.LegalHold && properties.HasLegalHold)
            {
                applied.Add("legal hold");
            }

            if (policy.RetainFor is not null && properties.ImmutabilityPolicy?.ExpiresOn is { } expires)
            {
                applied.Add($"retention until {expires:yyyy-MM-dd HH:mm} UTC");
            }

            var complete = (!policy.LegalHold || properties.HasLegalHold) && (policy.RetainFor is null || properties.ImmutabilityPolicy?.ExpiresOn is not null);
            return complete
                ? new ImmutabilityResult(true, string.Join(", ", applied))
                : new ImmutabilityResult(false, $"the account accepted the request but does not report immutability on '{hash.BlobName}' (the storage emulator does not implement it)");
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 403 or 404 or 405 or 409 or 501)
        {
            return new ImmutabilityResult(false,
                $"the account does not support blob immutability ({ex.Status} {ex.ErrorCode}): enable version-level immutability on the account or container; the storage emulator (Azurite) does not implement it");
        }
    }

    private async IAsyncEnumerable<StoredBlob> ListCoreAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in context.Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken).ConfigureAwait(false))
        {
            var size = item.Properties.ContentLength ?? 0;
            if (ContentHash.TryParseBlobName(item.Name, out var hash))
            {
                yield return new StoredBlob(item.Name, hash, size, item.Properties.LastModified);
            }
            else if (item.Name.StartsWith(StagingPrefix, StringComparison.Ordinal))
            {
                yield return new StoredBlob(item.Name, null, size, item.Properties.LastModified);
            }
        }
    }

    private async Task<StoredContent> PutCoreAsync(Stream content, CancellationToken cancellationToken)
    {
        var first = buffers.Rent(blockSize);
        var firstOwned = true;
        try
        {
            var read = await ContentHasher.ReadFullAsync(content, first.AsMemory(0, blockSize), cancellationToken).ConfigureAwait(false);
            if (read < blockSize)
            {
                var hash = ContentHash.Of(first.AsSpan(0, read));
                using var single = new MemoryStream(first, 0, read, writable: false);
                var created = await UploadIfAbsentAsync(context.Container.GetBlobClient(hash.BlobName), single, cancellationToken).ConfigureAwait(false);
                return new StoredContent(hash, read, created);
            }

            firstOwned = false;
            return await StageAndCopyAsync(content, first, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (firstOwned)
            {
                buffers.Return(first);
            }
        }
    }

    private async Task<StoredContent> StageAndCopyAsync(Stream content, byte[] firstBlock, CancellationToken cancellationToken)
    {
        var staging = context.Container.GetBlockBlobClient($"{StagingPrefix}{Guid.NewGuid():N}");
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new List<Task>(concurrency);
        var blockIds = new List<string>();
        long size = 0;
        var buffer = firstBlock;
        var count = blockSize;
        try
        {
            while (true)
            {
                hasher.AppendData(buffer, 0, count);
                size += count;
                var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(blockIds.Count.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)));
                blockIds.Add(id);
                inFlight.Add(StageBlockAsync(staging, id, buffer, count, stop.Token));
                buffer = null!;

                if (inFlight.Count >= concurrency)
                {
                    var done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                    inFlight.Remove(done);
                    await done.ConfigureAwait(false);
                }

                buffer = buffers.Rent(blockSize);
                count = await ContentHasher.ReadFullAsync(content, buffer.AsMemory(0, blockSize), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    buffers.Return(buffer);
                    buffer = null!;
                    break;
                }
            }

            await Task.WhenAll(inFlight).ConfigureAwait(false);
            inFlight.Clear();
            await staging.CommitBlockListAsync(blockIds, cancellationToken: cancellationToken).ConfigureAwait(false);

            var hash = ContentHash.FromBytes(hasher.GetHashAndReset());
            var final = context.Container.GetBlobClient(hash.BlobName);
            var created = await CopyIfAbsentAsync(final, staging.Uri, cancellationToken).ConfigureAwait(false);
            return new StoredContent(hash, size, created);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (buffer is not null)
            {
                buffers.Return(buffer);
            }

            try
            {
                await Task.WhenAll(inFlight).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first failure is the one reported; the others were cancelled by it.
            }

            throw;
        }
        finally
        {
            await TryDeleteAsync(staging).ConfigureAwait(false);
        }
    }

    private async Task StageBlockAsync(BlockBlobClient staging, string id, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        try
        {
            using var block = new MemoryStream(buffer, 0, count, writable: false);
            await staging.StageBlockAsync(id, block, options: null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            buffers.Return(buffer);
        }
    }

    private static async Task<bool> UploadIfAbsentAsync(BlobClient blob, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(content, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            return false;
        }
    }

    private static async Task<bool> CopyIfAbsentAsync(BlobClient final, Uri source, CancellationToken cancellationToken)
    {
        try
        {
            var copy = await final.StartCopyFromUriAsync(source, new BlobCopyFromUriOptions
            {
                DestinationConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
            await copy.WaitForCompletionAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            return false;
        }
    }

    private static bool IsAlreadyThere(RequestFailedException ex) =>
        ex.Status is 409 or 412 && ex.ErrorCode is "BlobAlreadyExists" or "ConditionNotMet" or null;

    private static async Task TryDeleteAsync(BlockBlobClient staging)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await staging.DeleteIfExistsAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or OperationCanceledException or HttpRequestException)
        {
            // Verification reports a staging blob left behind; uncommitted blocks expire on their own.
        }
    }
}
