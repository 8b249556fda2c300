using System.Buffers;
using System.Security.Cryptography;

namespace AiRegOps.Core.Evidence;

/// <summary>Hashes streams in one pass over a pooled buffer: content is never held in memory whole.</summary>
public static class ContentHasher
{
    /// <summary>The buffer size used for streaming reads and writes.</summary>
    public const int BufferSize = 1 << 20;

    /// <summary>The SHA-256 and length of everything left in <paramref name="content"/>.</summary>
    public static async Task<(ContentHash Hash, long Size)> HashAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (ContentHash.FromBytes(hash.GetHashAndReset()), size);
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/>, hashing what passes.</summary>
    public static async Task<(ContentHash Hash, long Size)> CopyAndHashAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                size += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (ContentHash.FromBytes(hash.GetHashAndReset()), size);
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; returns the count read.</summary>
    public static async ValueTask<int> ReadFullAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await source.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
