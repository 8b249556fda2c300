namespace AiRegOps.Azure;

/// <summary>
/// Read-only, seekable view of content held in equal-sized blocks (all full but the last), so a request body is sent
/// from the buffers it was read into, without copying them into one array.
/// </summary>
internal sealed class BlocksReadStream(IReadOnlyList<byte[]> blocks, int blockSize, long length) : Stream
{
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var segment = Segment(buffer.Length);
        segment.CopyTo(buffer);
        position += segment.Length;
        return segment.Length;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Writes straight from the blocks: a block at a time rather than through a copy buffer.</summary>
    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        while (position < length)
        {
            var index = (int)(position / blockSize);
            var offset = (int)(position % blockSize);
            var count = (int)Math.Min(blockSize - offset, length - position);
            await destination.WriteAsync(blocks[index].AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
            position += count;
        }
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private ReadOnlySpan<byte> Segment(int wanted)
    {
        if (position >= length)
        {
            return [];
        }

        var offset = (int)(position % blockSize);
        var count = (int)Math.Min(Math.Min(wanted, blockSize - offset), length - position);
        return blocks[(int)(position / blockSize)].AsSpan(offset, count);
    }
}
