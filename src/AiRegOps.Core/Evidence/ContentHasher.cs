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
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            // Most evidence fits one buffer: hash it in one call, without an incremental hash context.
            var first = await ReadFullAsync(content, buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false);
            if (first < BufferSize)
            {
                return (ContentHash.Of(buffer.AsSpan(0, first)), first);
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(buffer, 0, first);
            long size = first;
            int read;
            while ((read = await ReadFullAsync(content, buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
            }

            return (ContentHash.FromBytes(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
        if (source is FileStream { IsAsync: false })
        {
            // A synchronous file handle: its ReadAsync would only queue the same read to the thread pool.
            cancellationToken.ThrowIfCancellationRequested();
            var count = 0;
            int got;
            while (count < buffer.Length && (got = source.Read(buffer.Span[count..])) > 0)
            {
                count += got;
            }

            return count;
        }

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
