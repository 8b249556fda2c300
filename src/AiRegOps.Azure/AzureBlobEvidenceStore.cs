using System.Runtime.CompilerServices;
using AiRegOps.Core.Evidence;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace AiRegOps.Azure;

/// <summary>
/// Evidence in an Azure blob container, content-addressed (<c>sha256/ab/&lt;hash&gt;</c>), never overwritten, and
/// nothing visible under a content name unless its bytes hash to it. A source up to 1 MiB, and a source that can be
/// read only once up to the read-ahead limit, is read into memory and hashed, then uploaded from the same bytes in one
/// request with If-None-Match: *. A file below <see cref="AzureEvidenceStoreOptions.StagedUploadFrom"/> is hashed
/// first and then uploaded straight to its name, re-hashed on the way and committed only if it still matches; a longer
/// one, up to the single-upload limit, is uploaded in one request to a temporary blob while it is hashed, then copied
/// server side to its name with If-None-Match: *; a longer one still is hashed first and staged as blocks on its name.
/// A longer read-once source is staged as blocks of a temporary blob while it is hashed, committed, then copied the
/// same way.
/// </summary>
public sealed class AzureBlobEvidenceStore : IEvidenceStore
{
    internal const string StagingPrefix = "staging/";
    private readonly AzureContext context;
    private readonly BlockStager stager;
    private readonly long singleUploadLimit;

    /// <summary>
    /// A source that can be read twice and is larger than this is hashed where it lies and then uploaded from it,
    /// instead of being copied into memory first: on Azurite, copying an 8 MiB file into a block buffer before its one
    /// request made its content path take about 1.7 times a plain upload's time (bench/evidence/results.md), while
    /// hashing in place and streaming from the file came to 106 % of the plain upload's throughput. Smaller sources are
    /// cheaper to read once into memory (one read, one request).
    /// </summary>
    private const long SmallSourceLimit = 1024 * 1024;
    private readonly int readAheadBlocks;
    private readonly long stagedUploadFrom;

    internal AzureBlobEvidenceStore(AzureContext context, int blockSize, int concurrency, long singleUploadLimit, long readAheadLimit, long stagedUploadFrom)
    {
        this.context = context;
        stager = new BlockStager(blockSize, concurrency);
        this.singleUploadLimit = singleUploadLimit;
        this.stagedUploadFrom = stagedUploadFrom;
        readAheadBlocks = (int)Math.Max(1, readAheadLimit / blockSize);
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
        var left = LengthLeft(content);
        if (left >= stagedUploadFrom && left <= singleUploadLimit)
        {
            return await UploadHashCopyAsync(content, left.Value, cancellationToken).ConfigureAwait(false);
        }

        if (left > SmallSourceLimit)
        {
            return await PutSeekableAsync(content, cancellationToken).ConfigureAwait(false);
        }

        // Up to 1 MiB of a file, or the start of a source that can be read only once: read into memory and hashed.
        using var start = await ReadAhead.ReadAsync(content, stager, left is null ? readAheadBlocks : 1, cancellationToken).ConfigureAwait(false);
        if (start.Ended)
        {
            // It all fits: its name is known before the first byte goes out, so it is uploaded there in one request.
            var hash = start.Hash();
            using var whole = start.OpenRead();
            var created = await UploadIfAbsentAsync(context.Container.GetBlobClient(hash.BlobName), whole, cancellationToken).ConfigureAwait(false);
            return new StoredContent(hash, start.Size, created);
        }

        return await StageCommitAndCopyAsync(start, content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A source that can be read twice: hashed first (SHA-256 runs about ten times faster than an upload), then
    /// uploaded straight to its content-addressed name, re-hashed as it goes out and committed only if it still
    /// matches: in one request with If-None-Match: * up to <see cref="singleUploadLimit"/> (as a plain upload does),
    /// above it as blocks staged on the final name and a block list committed with If-None-Match: *. Whether the
    /// content is already stored is asked beside the upload, not before it: new content pays no round trip for the
    /// question, and content already there stops the upload as soon as the answer comes (the conditional request
    /// would refuse it anyway; stopping it early only saves sending the rest).
    /// </summary>
    private async Task<StoredContent> PutSeekableAsync(Stream content, CancellationToken cancellationToken)
    {
        var origin = content.Position;
        var (hash, size) = await ContentHasher.HashAsync(content, cancellationToken).ConfigureAwait(false);
        var final = context.Container.GetBlockBlobClient(hash.BlobName);
        content.Position = origin;

        using var stopUpload = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stored = IsStoredAsync(final, hash, size, cancellationToken);
        var upload = size <= singleUploadLimit
            ? UploadCheckedAsync(final, content, origin, hash, size, stopUpload.Token)
            : StageAndCommitCheckedAsync(final, content, hash, size, stopUpload.Token);
        if (await Task.WhenAny(stored, upload).ConfigureAwait(false) == stored && (stored.IsFaulted || await stored.ConfigureAwait(false)))
        {
            // Already there (or another size there, an integrity error the check raises): the upload is not needed.
            await stopUpload.CancelAsync().ConfigureAwait(false);
            await ObserveStoppedAsync(upload, cancellationToken).ConfigureAwait(false);
            await stored.ConfigureAwait(false);
            return new StoredContent(hash, size, Created: false);
        }

        bool created;
        try
        {
            created = await upload.ConfigureAwait(false);
        }
        finally
        {
            await ObserveAsync(stored).ConfigureAwait(false);
        }

        if (!created)
        {
            // Refused as already there: the check says whether what is there has the size this content has.
            await stored.ConfigureAwait(false);
        }

        return new StoredContent(hash, size, created);
    }

    /// <summary>
    /// A file that fits one request: uploaded in that request to a temporary blob and hashed as it goes out, then
    /// copied server side to its content-addressed name with If-None-Match: * and only while the temporary blob still
    /// has the ETag this upload gave it, then deleted. What the name receives is exactly the bytes hashed, and nothing
    /// appears under it unless the upload completed.
    /// </summary>
    private async Task<StoredContent> UploadHashCopyAsync(Stream content, long length, CancellationToken cancellationToken)
    {
        var staging = context.Container.GetBlockBlobClient($"{StagingPrefix}{Guid.NewGuid():N}");
        try
        {
            ContentHash hash;
            ETag uploaded;
            using (var hashing = new HashCheckedStream(content, content.Position, length, expected: null))
            {
                uploaded = (await staging.UploadAsync(hashing, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false)).Value.ETag;
                hash = hashing.Hash ?? throw new InvalidOperationException("The upload completed before the last byte of its source was read.");
            }

            var created = await CopyIfAbsentAsync(context.Container.GetBlockBlobClient(hash.BlobName), hash, length, staging.Uri, uploaded, cancellationToken).ConfigureAwait(false);
            return new StoredContent(hash, length, created);
        }
        finally
        {
            await TryDeleteAsync(staging).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for an upload that was stopped because its content is already stored; its failure is expected.</summary>
    private static async Task ObserveStoppedAsync(Task<bool> upload, CancellationToken cancellationToken)
    {
        try
        {
            await upload.ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Cancelled mid-request (nothing stored by it) or refused as already there: either way the content is stored.
        }
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Observed so it is not reported as unobserved; the caller awaits it again where its outcome matters.
        }
    }

    private static async Task<bool> UploadCheckedAsync(BlockBlobClient final, Stream content, long origin, ContentHash hash, long size, CancellationToken cancellationToken)
    {
        using var checkedContent = new HashCheckedStream(content, origin, size, hash);
        try
        {
            await final.UploadAsync(checkedContent, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            return false;
        }
        catch (Exception) when (checkedContent.Failure is { } changed)
        {
            // The request was cut short before its last bytes, so the service stored nothing.
            throw changed;
        }
    }

    private async Task<bool> StageAndCommitCheckedAsync(BlockBlobClient final, Stream content, ContentHash hash, long size, CancellationToken cancellationToken)
    {
        var staged = await stager.StageAsync(final, content, preRead: [], hasher: null, (hash, size), cancellationToken).ConfigureAwait(false);
        if (staged.Hash != hash)
        {
            // The staged blocks stay uncommitted: invisible, and discarded by the service.
            throw new EvidenceSourceChangedException(hash, size, $"hashed to {staged.Hash.Hex} when it was read again to upload it");
        }

        return await CommitIfAbsentAsync(final, staged.BlockIds, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A source that can be read only once: staged as blocks of a temporary blob while it is hashed (the name is only
    /// known once the last byte is), committed there, then copied server side to its content-addressed name with
    /// If-None-Match: * and deleted.
    /// </summary>
    private async Task<StoredContent> StageCommitAndCopyAsync(ReadAhead start, Stream content, CancellationToken cancellationToken)
    {
        var staging = context.Container.GetBlockBlobClient($"{StagingPrefix}{Guid.NewGuid():N}");
        try
        {
            var rest = start.Rest(content);
            var (blocks, hasher) = start.HandOver();
            var staged = await stager.StageAsync(staging, rest, blocks, hasher, hashed: null, cancellationToken).ConfigureAwait(false);
            var committed = (await staging.CommitBlockListAsync(staged.BlockIds, cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag;
            var created = await CopyIfAbsentAsync(context.Container.GetBlockBlobClient(staged.Hash.BlobName), staged.Hash, staged.Size, staging.Uri, committed, cancellationToken).ConfigureAwait(false);
            return new StoredContent(staged.Hash, staged.Size, created);
        }
        finally
        {
            await TryDeleteAsync(staging).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the content is already stored; a blob of another size under its name is an integrity error.</summary>
    private static async Task<bool> IsStoredAsync(BlockBlobClient final, ContentHash hash, long size, CancellationToken cancellationToken)
    {
        try
        {
            var stored = (await final.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ContentLength;
            return stored == size
                ? true
                : throw new EvidenceIntegrityException($"Blob '{hash.BlobName}' holds {stored} bytes, but content of {size} bytes hashes to its name: it was changed after it was stored.");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private static async Task<bool> CommitIfAbsentAsync(BlockBlobClient final, IReadOnlyList<string> blockIds, CancellationToken cancellationToken)
    {
        try
        {
            await final.CommitBlockListAsync(blockIds, new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            return false;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == "InvalidBlockList")
        {
            // Another writer committed the same content first, which discarded the blocks staged here.
            if ((await final.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>How much of a seekable source is left to read; null when the source cannot be read twice.</summary>
    private static long? LengthLeft(Stream content)
    {
        try
        {
            return content.CanSeek ? content.Length - content.Position : null;
        }
        catch (NotSupportedException)
        {
            return null;
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

    /// <summary>
    /// Copies the temporary blob to the content name unless something is there already, and only while the temporary
    /// blob still has <paramref name="sourceETag"/>: the bytes that were hashed. A refusal is taken as "already stored"
    /// only once the name is seen to hold content of this size; other bytes there are an integrity error.
    /// </summary>
    private static async Task<bool> CopyIfAbsentAsync(BlockBlobClient final, ContentHash hash, long size, Uri source, ETag sourceETag, CancellationToken cancellationToken)
    {
        try
        {
            var copy = await final.StartCopyFromUriAsync(source, new BlobCopyFromUriOptions
            {
                DestinationConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                SourceConditions = new BlobRequestConditions { IfMatch = sourceETag },
            }, cancellationToken).ConfigureAwait(false);
            await copy.WaitForCompletionAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            // The refusal must mean the name is taken, never that the source condition failed: the caller records
            // the content as stored.
            return await IsStoredAsync(final, hash, size, cancellationToken).ConfigureAwait(false)
                ? false
                : throw new EvidenceStoreException($"Copying the uploaded evidence to '{final.Name}' was refused ({ex.Status} {ex.ErrorCode}) although nothing is stored under that name; nothing was recorded.", ex);
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
