using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using AiRegOps.Labels.Checking;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// Checks a blob's implicit label with ranged reads only: the head (64 KiB, which also gives the length), then at most
/// two more ranges where the carrier's structure points (64 KiB, then up to 16 MiB for metadata far from both).
/// A blob whose label needs more is Inconclusive, never downloaded whole.
/// </summary>
public sealed class BlobLabelChecker(LabelScanner? scanner = null)
{
    public static readonly IReadOnlyList<int> Windows = [64 * 1024, 64 * 1024, 16 * 1024 * 1024];

    private readonly LabelScanner scanner = scanner ?? new LabelScanner();

    public Task<AigcLabelResult> CheckAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        return scanner.CheckAsync(blob.Name, (offset, count, ct) => ReadRangeAsync(blob, offset, count, ct), Windows, cancellationToken);
    }

    internal static async Task<(byte[] Data, long Total)> ReadRangeAsync(BlobClient blob, long offset, int count, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobDownloadOptions { Range = new HttpRange(offset, count) };
            var response = await blob.DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false);
            using var download = response.Value;
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
        catch (RequestFailedException ex) when (ex.Status == 416)
        {
            return ([], 0); // an empty blob has no range to read
        }
    }

    // "bytes 0-65535/1048576" -> 1048576
    private static long? TotalLength(string? contentRange)
    {
        var slash = contentRange?.LastIndexOf('/') ?? -1;
        return slash > 0 && long.TryParse(contentRange.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var total) ? total : null;
    }
}
