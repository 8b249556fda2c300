using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// GIF: the XMP application extension ("XMP DataXMP", TC260-PG-20259A) holding TC260:AIGC. GIF has no lengths for
/// its blocks, only chains of sub-blocks of at most 255 bytes, so reaching metadata after the image data means
/// walking those chains: they are walked through one reused 256 KiB buffer (about 5 reads for 1 MiB), and a file
/// larger than the per-file byte limit ends Inconclusive. Written here because the walk must visit every extension with its offset
/// (the uniqueness rule) and stay within the limits; no other extension or comment is read as a label.
/// </summary>
public sealed class GifReader : ICarrierReader
{
    private const int Window = 256 * 1024;

    public string Format => "GIF";

    public static bool Matches(ReadOnlySpan<byte> head) => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8);

    public void Read(RangeReader reader, LabelSink sink)
    {
        var elements = 0;
        var packed = reader.U8(10);
        long pos = 13 + ColorTable(packed);
        while (true)
        {
            reader.Step(ref elements);
            var introducer = reader.U8(pos);
            switch (introducer)
            {
                case 0x3B:
                    return; // trailer
                case 0x21:
                    pos = Extension(reader, pos, sink);
                    break;
                case 0x2C:
                    var image = reader.Get(pos, 10);
                    pos += 10 + ColorTable(image[9]) + 1; // descriptor, local colour table, LZW minimum code size
                    pos = SkipSubBlocks(reader, pos);
                    break;
                default:
                    throw new LabelFormatException($"GIF: byte 0x{introducer:X2} at {pos} starts no block", pos);
            }
        }
    }

    private static long ColorTable(byte packed) => (packed & 0x80) != 0 ? 3L << ((packed & 7) + 1) : 0;

    private static long Extension(RangeReader reader, long pos, LabelSink sink)
    {
        var label = reader.U8(pos + 1);
        var data = pos + 2;
        if (label == 0xFF && reader.U8(data) == 11 && reader.Get(data + 1, 11).SequenceEqual("XMP DataXMP"u8))
        {
            // The XMP packet is stored raw: its own bytes read as sub-block lengths, ended by a 258-byte "magic
            // trailer" that makes every chain reach the terminator. The packet is everything before that trailer.
            var start = data + 12;
            var end = SkipSubBlocks(reader, start);
            var raw = reader.Get(start, Item(end - 1 - start, start, reader));
            var trailer = raw.IndexOf((byte)0x01);
            XmpScanner.Scan(trailer >= 0 ? raw[..trailer] : raw, "GIF XMP application extension", pos, sink);
            return end;
        }

        return SkipSubBlocks(reader, data);
    }

    /// <summary>Skips a chain of sub-blocks starting at <paramref name="pos"/>; returns the offset after its terminator.</summary>
    private static long SkipSubBlocks(RangeReader reader, long pos)
    {
        while (true)
        {
            var window = reader.Scan(pos, Window);
            var i = 0;
            while (i < window.Length)
            {
                var length = window[i];
                if (length == 0)
                {
                    return pos + i + 1;
                }

                i += length + 1;
            }

            pos += i;
            if (pos >= reader.Length)
            {
                throw new LabelFormatException($"GIF: the file ends inside a chain of sub-blocks at byte {reader.Length}", reader.Length, truncated: true);
            }
        }
    }

    private static int Item(long length, long offset, RangeReader reader) =>
        length <= reader.Limits.MaxItemBytes ? (int)Math.Max(0, length) : throw new LabelLimitException($"GIF: the XMP packet at byte {offset} holds {length} bytes, more than the {reader.Limits.MaxItemBytes}-byte limit");
}
