namespace AiRegOps.Labels.Reading;

/// <summary>
/// A read-only seekable stream over a <see cref="RangeReader"/>, for libraries that take a stream (ZipArchive reads
/// the central directory at the end and one entry; PdfPig reads the trailer and the objects it needs). Every read goes
/// through the reader's windows and limits.
/// </summary>
internal sealed class RangeStream(RangeReader reader) : Stream
{
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => reader.Length;

    public override long Position
    {
        get => position;
        set => position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, Math.Max(0, reader.Length - position));
        if (count == 0)
        {
            return 0;
        }

        // Ask for at most one window at a time so a library's large buffer does not turn into a large read.
        count = Math.Min(count, reader.Limits.WindowBytes);
        reader.Get(position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => reader.Length + offset,
        };
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
