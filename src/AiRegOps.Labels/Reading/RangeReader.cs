using System.Buffers;
using System.Buffers.Binary;

namespace AiRegOps.Labels.Reading;

/// <summary>
/// The bytes of one file as the carrier readers see them: positioned reads through a few cached windows, counted
/// against <see cref="ReadLimits"/>. Readers ask for the headers they walk and seek over media data, so a 1 GiB video
/// costs a few kilobytes. Without a source (a blob being fetched asynchronously) a miss throws
/// <see cref="RangeNeededException"/> and the caller adds the window and runs the reader again.
/// Windows fetched from a source are rented from the shared pool and returned on <see cref="Dispose"/>, so scanning
/// thousands of files allocates no window buffers; an evicted window stays rented until then, because a span a reader
/// still holds may point into it.
/// </summary>
public sealed class RangeReader : IDisposable
{
    private const int KeptWindows = 4;
    private readonly IRangeSource? source;
    private readonly List<(long Offset, byte[] Data, int Length)> windows = [];
    private readonly List<byte[]> rented = [];
    private byte[]? scanBuffer;

    public RangeReader(IRangeSource source, ReadLimits? limits = null)
        : this(source, source.Length, limits)
    {
    }

    public RangeReader(IRangeSource? source, long length, ReadLimits? limits)
    {
        this.source = source;
        Length = length;
        Limits = limits ?? ReadLimits.Default;
    }

    public long Length { get; }
    public ReadLimits Limits { get; }
    public int Reads { get; private set; }
    public long BytesRead { get; private set; }

    /// <summary>Adds bytes fetched by the caller (asynchronous sources); kept for every later run.</summary>
    public void AddWindow(long offset, byte[] data)
    {
        windows.Add((offset, data, data.Length));
        Reads++;
        BytesRead += data.Length;
    }

    /// <summary>Returns the rented windows to the pool; no span from <see cref="Get"/> may be used afterwards.</summary>
    public void Dispose()
    {
        windows.Clear();
        foreach (var array in rented)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        rented.Clear();
        if (scanBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(scanBuffer);
            scanBuffer = null;
        }
    }

    /// <summary>Exactly <paramref name="count"/> bytes at <paramref name="offset"/>; throws a truncation error past the end.</summary>
    public ReadOnlySpan<byte> Get(long offset, int count)
    {
        if (count < 0 || offset < 0 || offset > Length - count)
        {
            throw new LabelFormatException($"the file ends at byte {Length}, but {count} bytes are needed at byte {offset}", offset, truncated: true);
        }

        if (count > Limits.MaxItemBytes)
        {
            throw new LabelLimitException($"a metadata item of {count} bytes at byte {offset} is larger than the {Limits.MaxItemBytes}-byte limit");
        }

        foreach (var (start, data, length) in windows)
        {
            if (offset >= start && offset + count <= start + length)
            {
                return data.AsSpan((int)(offset - start), count);
            }
        }

        if (source is null)
        {
            throw new RangeNeededException(offset, count);
        }

        return Fetch(offset, count);
    }

    /// <summary>
    /// For walks that must pass over data they do not keep (GIF sub-block chains): up to <paramref name="max"/> bytes
    /// at <paramref name="offset"/>, from a cached window when one holds the offset, otherwise read into one reused
    /// buffer. The span is valid only until the next call of this method; at least one byte is returned.
    /// </summary>
    public ReadOnlySpan<byte> Scan(long offset, int max)
    {
        var count = (int)Math.Min(max, Length - offset);
        if (count <= 0 || offset < 0)
        {
            throw new LabelFormatException($"the file ends at byte {Length}, but more is needed at byte {offset}", offset, truncated: true);
        }

        foreach (var (start, data, length) in windows)
        {
            if (offset >= start && offset < start + length)
            {
                return data.AsSpan((int)(offset - start), (int)Math.Min(count, start + length - offset));
            }
        }

        if (source is null)
        {
            throw new RangeNeededException(offset, count);
        }

        if (Reads >= Limits.MaxReads || BytesRead + count > Limits.MaxBytes)
        {
            throw new LabelLimitException($"reading byte {offset} would exceed the limit of {Limits.MaxReads} reads or {Limits.MaxBytes} bytes per file");
        }

        if (scanBuffer is null || scanBuffer.Length < count)
        {
            if (scanBuffer is not null)
            {
                ArrayPool<byte>.Shared.Return(scanBuffer);
            }

            scanBuffer = ArrayPool<byte>.Shared.Rent(count);
        }

        var read = source.Read(offset, scanBuffer.AsSpan(0, count));
        Reads++;
        BytesRead += read;
        return read > 0 ? scanBuffer.AsSpan(0, read) : throw new LabelFormatException($"the file ended at byte {offset}", offset, truncated: true);
    }

    public bool Has(long offset, int count) => offset >= 0 && count >= 0 && offset <= Length - count;

    public byte U8(long offset) => Get(offset, 1)[0];
    public ushort U16BE(long offset) => BinaryPrimitives.ReadUInt16BigEndian(Get(offset, 2));
    public ushort U16LE(long offset) => BinaryPrimitives.ReadUInt16LittleEndian(Get(offset, 2));
    public uint U32BE(long offset) => BinaryPrimitives.ReadUInt32BigEndian(Get(offset, 4));
    public uint U32LE(long offset) => BinaryPrimitives.ReadUInt32LittleEndian(Get(offset, 4));
    public ulong U64BE(long offset) => BinaryPrimitives.ReadUInt64BigEndian(Get(offset, 8));

    /// <summary>Counts one structure element (box, chunk, frame, page) against the limit.</summary>
    public void Step(ref int elements)
    {
        if (++elements > Limits.MaxElements)
        {
            throw new LabelLimitException($"more than {Limits.MaxElements} structure elements; the file is not walked further");
        }
    }

    private ReadOnlySpan<byte> Fetch(long offset, int count)
    {
        var size = (int)Math.Min(Math.Max(count, Limits.WindowBytes), Length - offset);
        if (Reads >= Limits.MaxReads || BytesRead + size > Limits.MaxBytes)
        {
            throw new LabelLimitException($"reading byte {offset} would exceed the limit of {Limits.MaxReads} reads or {Limits.MaxBytes} bytes per file");
        }

        var data = ArrayPool<byte>.Shared.Rent(size);
        rented.Add(data);
        var read = source!.Read(offset, data.AsSpan(0, size));
        Reads++;
        BytesRead += read;
        if (read < count)
        {
            throw new LabelFormatException($"the file ended at byte {offset + read} while {count} bytes were read at byte {offset}", offset + read, truncated: true);
        }

        if (windows.Count >= KeptWindows)
        {
            windows.RemoveAt(0);
        }

        windows.Add((offset, data, read));
        return data.AsSpan(0, count);
    }
}
