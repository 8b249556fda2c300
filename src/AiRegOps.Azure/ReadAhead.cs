using System.Security.Cryptography;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Azure;

/// <summary>
/// The start of a source that can be read only once, read into pooled blocks and hashed in order, up to a limit: most
/// evidence ends within it, and is then uploaded straight to its content name in one request from these blocks. When
/// the source goes on past the limit, the blocks (and the hash so far) are handed to the stager, which stages them
/// first and reads the rest. One byte read past a full limit tells a source that ends exactly there from a longer one.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    private readonly BlockStager stager;
    private readonly List<byte[]> blocks = [];
    private IncrementalHash? hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    private ReadAhead(BlockStager stager) => this.stager = stager;

    /// <summary>Whether the source ended within the limit (everything it held is in <see cref="Blocks"/>).</summary>
    public bool Ended { get; private set; }

    /// <summary>The bytes read: every block is full except, when <see cref="Ended"/>, the last.</summary>
    public long Size { get; private set; }

    public IReadOnlyList<byte[]> Blocks => blocks;

    /// <summary>The byte read past a full limit, which belongs before the rest of the source; null when none was.</summary>
    public byte? Carried { get; private set; }

    public static async Task<ReadAhead> ReadAsync(Stream content, BlockStager stager, int maxBlocks, CancellationToken cancellationToken)
    {
        var read = new ReadAhead(stager);
        try
        {
            await read.FillAsync(content, maxBlocks, cancellationToken).ConfigureAwait(false);
            return read;
        }
        catch
        {
            read.Dispose();
            throw;
        }
    }

    /// <summary>The SHA-256 of everything read, once the source has <see cref="Ended"/>.</summary>
    public ContentHash Hash() => ContentHash.FromBytes(hasher!.GetHashAndReset());

    /// <summary>The blocks as one seekable stream (the SDK rewinds it to retry a request).</summary>
    public Stream OpenRead() => new BlocksReadStream(blocks, stager.BlockSize, Size);

    /// <summary>The source with the carried byte put back in front of what is left of it.</summary>
    public Stream Rest(Stream content) => Carried is { } first ? new CarriedByteStream(first, content) : content;

    /// <summary>Hands the blocks and the running hash to the stager, which returns the blocks to the pool.</summary>
    public (IReadOnlyList<byte[]> Blocks, IncrementalHash Hasher) HandOver()
    {
        var handed = (blocks.ToArray(), hasher!);
        blocks.Clear();
        hasher = null;
        return handed;
    }

    public void Dispose()
    {
        foreach (var block in blocks)
        {
            stager.Return(block);
        }

        blocks.Clear();
        hasher?.Dispose();
        hasher = null;
    }

    private async Task FillAsync(Stream content, int maxBlocks, CancellationToken cancellationToken)
    {
        var blockSize = stager.BlockSize;
        while (blocks.Count < maxBlocks)
        {
            var block = stager.Rent();
            int count;
            try
            {
                count = await ContentHasher.ReadFullAsync(content, block.AsMemory(0, blockSize), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                stager.Return(block);
                throw;
            }

            if (count == 0 && blocks.Count > 0)
            {
                stager.Return(block);
                Ended = true;
                return;
            }

            blocks.Add(block);
            hasher!.AppendData(block, 0, count);
            Size += count;
            if (count < blockSize)
            {
                Ended = true;
                return;
            }
        }

        var peek = new byte[1];
        if (await ContentHasher.ReadFullAsync(content, peek, cancellationToken).ConfigureAwait(false) == 0)
        {
            Ended = true;
        }
        else
        {
            Carried = peek[0];
        }
    }
}
