using System.Buffers.Binary;
using System.Text;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Reads EXIF UserComment (tag 0x9286 in the Exif IFD) from a TIFF-structured EXIF block, the Annex B alternative
/// carrier for JPEG and WebP. Only UserComment is read; every offset is checked against the block.
/// </summary>
internal static class ExifScanner
{
    private const ushort ExifIfdPointer = 0x8769;
    private const ushort UserComment = 0x9286;

    public static void Scan(ReadOnlySpan<byte> block, string carrier, long offset, LabelSink sink)
    {
        if (block.StartsWith("Exif\0\0"u8))
        {
            block = block[6..];
            offset += 6;
        }

        if (block.Length < 8)
        {
            throw new LabelFormatException($"the EXIF block in {carrier} is shorter than a TIFF header", offset, truncated: true);
        }

        var little = block[0] == (byte)'I' && block[1] == (byte)'I';
        if (!little && !(block[0] == (byte)'M' && block[1] == (byte)'M'))
        {
            throw new LabelFormatException($"the EXIF block in {carrier} has no TIFF byte-order mark", offset);
        }

        var ifd0 = U32(block, 4, little, offset);
        var exifIfd = FindEntry(block, ifd0, ExifIfdPointer, little, offset, out _, out var pointer) ? pointer : 0u;
        if (exifIfd != 0 && FindEntry(block, exifIfd, UserComment, little, offset, out var count, out var valueOffset))
        {
            var start = count <= 4 ? FindValueField(block, exifIfd, UserComment, little, offset) : valueOffset;
            if ((ulong)start + count > (ulong)block.Length)
            {
                throw new LabelFormatException($"EXIF UserComment in {carrier} points past the end of the EXIF block", offset, truncated: true);
            }

            var comment = Decode(block.Slice((int)start, (int)count), little);
            if (comment.Contains("AIGC", StringComparison.Ordinal) || comment.Contains("\"Label\"", StringComparison.Ordinal))
            {
                var field = comment.TrimStart().StartsWith("{\"AIGC\"", StringComparison.Ordinal) ? "UserComment/AIGC" : "UserComment";
                sink.Add($"{carrier} EXIF UserComment", field, comment, offset + start);
            }
        }
    }

    private static string Decode(ReadOnlySpan<byte> value, bool little)
    {
        if (value.Length < 8)
        {
            return TextDecoding.TrimNul(Encoding.ASCII.GetString(value));
        }

        var code = value[..8];
        var text = value[8..];
        if (code.SequenceEqual("UNICODE\0"u8))
        {
            return TextDecoding.TrimNul((little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(text));
        }

        // "ASCII\0\0\0" or undefined (eight NULs): read as UTF-8, which ASCII is a subset of.
        return TextDecoding.TrimNul(TextDecoding.Utf8.GetString(text));
    }

    private static bool FindEntry(ReadOnlySpan<byte> block, uint ifd, ushort tag, bool little, long offset, out uint count, out uint value)
    {
        count = value = 0;
        if ((ulong)ifd + 2 > (ulong)block.Length)
        {
            throw new LabelFormatException("an EXIF IFD offset points past the end of the EXIF block", offset + ifd, truncated: true);
        }

        var entries = U16(block, (int)ifd, little);
        for (var i = 0; i < entries; i++)
        {
            var at = (int)ifd + 2 + (i * 12);
            if (at + 12 > block.Length)
            {
                throw new LabelFormatException("an EXIF IFD runs past the end of the EXIF block", offset + at, truncated: true);
            }

            if (U16(block, at, little) == tag)
            {
                count = U32(block, at + 4, little, offset);
                value = U32(block, at + 8, little, offset);
                return true;
            }
        }

        return false;
    }

    private static uint FindValueField(ReadOnlySpan<byte> block, uint ifd, ushort tag, bool little, long offset)
    {
        var entries = U16(block, (int)ifd, little);
        for (var i = 0; i < entries; i++)
        {
            var at = (int)ifd + 2 + (i * 12);
            if (U16(block, at, little) == tag)
            {
                return (uint)(at + 8);
            }
        }

        throw new LabelFormatException("EXIF UserComment entry vanished", offset);
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little, long offset)
    {
        if (at + 4 > b.Length)
        {
            throw new LabelFormatException("an EXIF field runs past the end of the EXIF block", offset + at, truncated: true);
        }

        return little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
    }
}
