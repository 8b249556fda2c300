using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiRegOps.Core.Evidence;
using Azure.Storage.Blobs.Specialized;

namespace AiRegOps.Azure;

/// <summary>The blocks staged on one blob, in order, and the SHA-256 and length of the bytes they hold.</summary>
internal sealed record StagedBlocks(IReadOnlyList<string> BlockIds, ContentHash Hash, long Size);

/// <summary>
/// Stages content as blocks of one block blob while hashing it: the reader fills a pooled buffer, hashes it (in order),
/// hands it to <c>StageBlock</c> and reads the next while up to <c>concurrency</c> blocks upload. Memory stays at about
/// <c>blockSize x (concurrency + 2)</c> whatever the size. Block ids start with a prefix random to this upload, so
/// writers staging on the same blob at once never replace each other's blocks, and a block list only ever commits
/// bytes this upload read and hashed.
/// </summary>
internal sealed class BlockStager
{
    private readonly int blockSize;
    private readonly int concurrency;

    // A pool of its own, bounded to what uploads in flight need: the shared pool would keep a block-sized array per
    // thread that ever returned one, which is how a 1 GiB upload grew the working set past 200 MB.
    private readonly ArrayPool<byte> buffers;

    public BlockStager(int blockSize, int concurrency)
    {
        this.blockSize = blockSize;
        this.concurrency = concurrency;
        buffers = ArrayPool<byte>.Create(blockSize, concurrency + 2);
    }

    public int BlockSize => blockSize;

    public byte[] Rent() => buffers.Rent(blockSize);

    public void Return(byte[] buffer) => buffers.Return(buffer);

    /// <summary>
    /// Stages everything left in <paramref name="content"/>, after the full blocks <paramref name="preRead"/> (read
    /// and hashed into <paramref name="hasher"/> already; both now owned by the stager), or, for a source already
    /// hashed, exactly the <paramref name="hashed"/> length: a source that ends before then has changed since it was
    /// hashed.
    /// </summary>
    public async Task<StagedBlocks> StageAsync(
        BlockBlobClient target, Stream content, IReadOnlyList<byte[]> preRead, IncrementalHash? hasher, (ContentHash Hash, long Size)? hashed, CancellationToken cancellationToken)
    {
        var length = hashed?.Size;
        hasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var ownedHasher = hasher;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var prefix = Guid.NewGuid().ToString("N");
        var inFlight = new List<Task>(concurrency);
        var blockIds = new List<string>();
        long size = 0;
        var next = 0;
        byte[]? buffer = null;
        var count = 0;
        try
        {
            while (true)
            {
                var alreadyHashed = next < preRead.Count;
                if (alreadyHashed)
                {
                    buffer = preRead[next++];
                    count = blockSize;
                }
                else
                {
                    buffer = buffers.Rent(blockSize);
                    var want = length is { } total ? (int)Math.Min(blockSize, total - size) : blockSize;
                    count = want == 0 ? 0 : await ContentHasher.ReadFullAsync(content, buffer.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
                    if (hashed is { } known && count < want)
                    {
                        throw new EvidenceSourceChangedException(known.Hash, known.Size, $"ended after {size + count} bytes when it was read again to upload it");
                    }

                    if (count == 0)
                    {
                        break;
                    }
                }

                if (!alreadyHashed)
                {
                    hasher.AppendData(buffer, 0, count);
                }

                size += count;
                var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{prefix}{blockIds.Count:D6}")));
                blockIds.Add(id);
                inFlight.Add(StageBlockAsync(target, id, buffer, count, stop.Token));
                buffer = null;

                if (inFlight.Count >= concurrency)
                {
                    var done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                    inFlight.Remove(done);
                    await done.ConfigureAwait(false);
                }
            }

            if (buffer is not null)
            {
                buffers.Return(buffer);
                buffer = null;
            }

            await Task.WhenAll(inFlight).ConfigureAwait(false);
            return new StagedBlocks(blockIds, ContentHash.FromBytes(hasher.GetHashAndReset()), size);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (buffer is not null)
            {
                buffers.Return(buffer);
            }

            while (next < preRead.Count)
            {
                buffers.Return(preRead[next++]);
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
    }

    private async Task StageBlockAsync(BlockBlobClient target, string id, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        try
        {
            using var block = new MemoryStream(buffer, 0, count, writable: false);
            await target.StageBlockAsync(id, block, options: null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            buffers.Return(buffer);
        }
    }
}
