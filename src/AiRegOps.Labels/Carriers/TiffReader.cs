using System.Buffers.Binary;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// TIFF (and BigTIFF): the XMP packet in tag 0x02BC (700) of each image file directory of the main chain, holding
/// TC260:AIGC (TC260-PG-20259A). Reads the header, each IFD's entries and the XMP value; the image strips and tiles
/// are never read, wherever the IFDs sit. SubIFDs and the EXIF IFD are not searched: XMP belongs in the main IFDs.
/// </summary>
public sealed class TiffReader : ICarrierReader
{
    private const ushort XmpTag = 0x02BC;
    private const int MaxEntries = 4096;

    public string Format => "TIFF";

    public static bool Matches(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && (head.StartsWith("II"u8) || head.StartsWith("MM"u8)) && Version(head, head[0] == 'I') is 42 or 43;

    public void Read(RangeReader reader, LabelSink sink)
    {
        var little = reader.U8(0) == 'I';
        var big = Version(reader.Get(0, 4), little) == 43;
        var next = big ? (long)U64(reader.Get(8, 8), little) : U32(reader.Get(4, 4), little);
        var visited = new HashSet<long>();
        var elements = 0;
        while (next != 0)
        {
            reader.Step(ref elements);
            if (!visited.Add(next))
            {
                throw new LabelFormatException($"TIFF: the IFD chain comes back to byte {next}", next);
            }

            next = Directory(reader, next, little, big, sink);
        }
    }

    private static ushort Version(ReadOnlySpan<byte> head, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(head[2..]) : BinaryPrimitives.ReadUInt16BigEndian(head[2..]);

    /// <summary>Reads one IFD; returns the offset of the next (0 at the end of the chain).</summary>
    private static long Directory(RangeReader reader, long at, bool little, bool big, LabelSink sink)
    {
        if (at < 8 || at >= reader.Length)
        {
            throw new LabelFormatException($"TIFF: an IFD offset points to byte {at}, outside the file", at, truncated: at >= reader.Length);
        }

        var countSize = big ? 8 : 2;
        var entrySize = big ? 20 : 12;
        var count = big ? (long)Math.Min(U64(reader.Get(at, 8), little), long.MaxValue) : U16(reader.Get(at, 2), little);
        if (count > MaxEntries)
        {
            throw new LabelFormatException($"TIFF: the IFD at byte {at} declares {count} entries", at);
        }

        var entries = reader.Get(at + countSize, (int)(count * entrySize) + (big ? 8 : 4));
        for (var i = 0; i < count; i++)
        {
            var entry = entries.Slice(i * entrySize, entrySize);
            if (U16(entry, little) != XmpTag)
            {
                continue;
            }

            var type = U16(entry[2..], little);
            if (type is not (1 or 2 or 7))
            {
                throw new LabelFormatException($"TIFF: the XMP tag at byte {at + countSize + (i * entrySize)} has type {type}, not bytes", at);
            }

            var length = big ? (long)Math.Min(U64(entry[4..], little), long.MaxValue) : U32(entry[4..], little);
            var inline = big ? 8 : 4;
            ReadOnlySpan<byte> packet;
            long packetOffset;
            if (length <= inline)
            {
                packetOffset = at + countSize + (i * entrySize) + (big ? 12 : 8);
                packet = entry.Slice(big ? 12 : 8, (int)length);
            }
            else
            {
                packetOffset = big ? (long)Math.Min(U64(entry[12..], little), long.MaxValue) : U32(entry[8..], little);
                if (length > reader.Limits.MaxItemBytes)
                {
                    throw new LabelLimitException($"TIFF: the XMP packet at byte {packetOffset} holds {length} bytes, more than the {reader.Limits.MaxItemBytes}-byte limit");
                }

                packet = reader.Get(packetOffset, (int)length);
            }

            XmpScanner.Scan(packet, "TIFF tag 0x2BC XMP", packetOffset, sink);
        }

        var tail = entries[(int)(count * entrySize)..];
        return big ? (long)Math.Min(U64(tail, little), long.MaxValue) : U32(tail, little);
    }

    private static ushort U16(ReadOnlySpan<byte> b, bool little) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

    private static uint U32(ReadOnlySpan<byte> b, bool little) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);

    private static ulong U64(ReadOnlySpan<byte> b, bool little) => little ? BinaryPrimitives.ReadUInt64LittleEndian(b) : BinaryPrimitives.ReadUInt64BigEndian(b);
}
