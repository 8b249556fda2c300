using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using AiRegOps.Labels.Checking;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// Checks a blob's implicit label with ranged reads only: the head (64 KiB, which also gives the length and the
/// ETag), then at most two more ranges where the carrier's structure points (64 KiB, then up to 16 MiB for metadata
/// far from both). A blob whose label needs more is Inconclusive, never downloaded whole. The later reads are
/// conditional on the head's ETag, so a blob overwritten during the check is never judged from two versions.
/// </summary>
public sealed class BlobLabelChecker(LabelScanner? scanner = null)
{
    public static readonly IReadOnlyList<int> Windows = [64 * 1024, 64 * 1024, 16 * 1024 * 1024];

    /// <summary>How often a check starts again when the blob is overwritten while it is read.</summary>
    public const int MaxAttempts = 3;

    private readonly LabelScanner scanner = scanner ?? new LabelScanner();

    public async Task<AigcLabelResult> CheckAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var check = await CheckVersionAsync(blob, cancellationToken).ConfigureAwait(false);
        return check.Result ?? throw new RequestFailedException(404, $"Blob {blob.Name} does not exist.", "BlobNotFound", null);
    }

    /// <summary>The label of the blob's current version; <see cref="BlobLabelCheck.Found"/> is false when the blob is gone.</summary>
    public async Task<BlobLabelCheck> CheckVersionAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        for (var attempt = 1; ; attempt++)
        {
            var session = new ReadSession(blob);
            try
            {
                var result = await scanner.CheckAsync(blob.Name, session.ReadAsync, Windows, cancellationToken).ConfigureAwait(false);
                return new BlobLabelCheck { Result = result, ETag = session.ETag ?? default, Reads = session.Reads };
            }
            catch (RequestFailedException ex) when (ex.Status == 404 && session.Reads <= 1)
            {
                return new BlobLabelCheck { Reads = session.Reads };
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404 && attempt < MaxAttempts)
            {
                // Overwritten (or deleted and written again) between two reads: judge the new version from its head.
            }
        }
    }

    /// <summary>One check's reads: the first learns the ETag, the others are made only against that version.</summary>
    private sealed class ReadSession(BlobClient blob)
    {
        public ETag? ETag { get; private set; }
        public int Reads { get; private set; }

        public async Task<(byte[] Data, long Total)> ReadAsync(long offset, int count, CancellationToken cancellationToken)
        {
            Reads++;
            var options = new BlobDownloadOptions
            {
                Range = new HttpRange(offset, count),
                Conditions = ETag is { } etag ? new BlobRequestConditions { IfMatch = etag } : null,
            };
            try
            {
                var response = await blob.DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false);
                using var download = response.Value;
                ETag ??= download.Details.ETag;
                var total = TotalLength(download.Details.ContentRange) ?? download.Details.ContentLength;
                var data = new byte[(int)Math.Min(count, download.Details.ContentLength)];
                var read = 0;
                while (read < data.Length)
                {
                    var n = await download.Content.ReadAsync(data.AsMemory(read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                return (read == data.Length ? data : data[..read], total);
            }
            catch (RequestFailedException ex) when (ex.Status == 416 && ETag is null)
            {
                // An empty blob has no range to read; its ETag comes from its properties.
                ETag = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag;
                return ([], 0);
            }
        }
    }

    // "bytes 0-65535/1048576" -> 1048576
    private static long? TotalLength(string? contentRange)
    {
        var slash = contentRange?.LastIndexOf('/') ?? -1;
        return slash > 0 && long.TryParse(contentRange.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var total) ? total : null;
    }
}
