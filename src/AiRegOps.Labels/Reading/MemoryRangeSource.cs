namespace AiRegOps.Labels.Reading;

/// <summary>Bytes already in memory (tests, and the read-back of a label just written).</summary>
public sealed class MemoryRangeSource(ReadOnlyMemory<byte> bytes) : IRangeSource
{
    public long Length => bytes.Length;

    public int Read(long offset, Span<byte> buffer)
    {
        if (offset >= bytes.Length)
        {
            return 0;
        }

        var count = (int)Math.Min(buffer.Length, bytes.Length - offset);
        bytes.Span.Slice((int)offset, count).CopyTo(buffer);
        return count;
    }
}
