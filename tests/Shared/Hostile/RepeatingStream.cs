namespace AiRegOps.Tests.Hostile;

/// <summary>
/// A read-only stream of <paramref name="head"/> followed by <paramref name="unit"/> repeated up to
/// <paramref name="length"/> bytes in all, made as it is read: a hostile file of gigabytes costs no memory to feed.
/// </summary>
public sealed class RepeatingStream(byte[] head, byte[] unit, long length) : Stream
{
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - position);
        for (var written = 0; written < n;)
        {
            var source = position < head.Length
                ? head.AsSpan((int)position)
                : unit.AsSpan((int)((position - head.Length) % unit.Length));
            var count = Math.Min(source.Length, n - written);
            source[..count].CopyTo(buffer[written..]);
            written += count;
            position += count;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
