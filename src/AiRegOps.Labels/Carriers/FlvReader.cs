using System.Buffers.Binary;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// FLV: the onMetaData script tag's key containing AIGC (TC260-PG-20257A). Reads the script tags before the first
/// audio or video tag (where onMetaData belongs) and, through the PreviousTagSize back-pointers, the script tags after
/// the last one (a label appended at the end), so the thousands of media tags in between are never visited. When the
/// back-pointers do not chain (a damaged or cut file) the tags are walked forward instead, within the read limits.
/// Script tags between media tags (cue points, live metadata updates) are not read.
/// </summary>
public sealed class FlvReader : ICarrierReader
{
    private const int TagHeader = 11;
    private const byte Script = 18;

    public string Format => "FLV";

    public static bool Matches(ReadOnlySpan<byte> head) => head.Length >= 9 && head.StartsWith("FLV\u0001"u8);

    public void Read(RangeReader reader, LabelSink sink)
    {
        var elements = 0;
        long first = reader.U32BE(5) + 4L; // the header, then PreviousTagSize0
        if (first < 13)
        {
            throw new LabelFormatException($"FLV: the header declares a data offset of {first - 4} bytes", 5);
        }

        // Forward over the leading script tags.
        var pos = first;
        while (pos < reader.Length)
        {
            reader.Step(ref elements);
            var (type, size) = Header(reader, pos);
            if (type != Script)
            {
                break;
            }

            ScriptTag(reader, pos, size, sink);
            pos += TagHeader + size + 4;
        }

        if (pos >= reader.Length)
        {
            if (pos > reader.Length)
            {
                throw new LabelFormatException($"FLV: the last tag runs past the end of the file ({pos} > {reader.Length})", reader.Length, truncated: true);
            }

            // The header says the file carries audio or video, and no audio or video tag came: it was cut short.
            if ((reader.U8(4) & 0x05) != 0)
            {
                throw new LabelFormatException("FLV: the file ends before its first audio or video tag", reader.Length, truncated: true);
            }

            return;
        }

        var firstMedia = pos;
        if (TrailingScriptTags(reader, firstMedia, ref elements) is { } trailing)
        {
            foreach (var (at, size) in trailing)
            {
                ScriptTag(reader, at, size, sink);
            }

            return;
        }

        // The back-pointers do not chain: walk every tag forward (a cut file ends in a truncation here).
        while (pos < reader.Length)
        {
            reader.Step(ref elements);
            var (type, size) = Header(reader, pos);
            if (pos + TagHeader + size + 4 > reader.Length)
            {
                throw new LabelFormatException($"FLV: the tag at byte {pos} runs past the end of the file", reader.Length, truncated: true);
            }

            if (type == Script)
            {
                ScriptTag(reader, pos, size, sink);
            }

            pos += TagHeader + size + 4;
        }
    }

    /// <summary>The script tags after the last media tag, oldest first; null when a back-pointer does not match its tag.</summary>
    private static List<(long At, int Size)>? TrailingScriptTags(RangeReader reader, long firstMedia, ref int elements)
    {
        var found = new List<(long, int)>();
        var end = reader.Length;

        // One read for the usual tail (the last media tag's end and a label after it); the walk back then hits it.
        var tail = Math.Max(firstMedia, end - reader.Limits.WindowBytes);
        reader.Get(tail, (int)(end - tail));
        while (true)
        {
            reader.Step(ref elements);
            if (end - 4 < firstMedia)
            {
                return null;
            }

            long previous = reader.U32BE(end - 4);
            var at = end - 4 - previous;
            if (previous < TagHeader || at < firstMedia)
            {
                return null;
            }

            var (type, size) = Header(reader, at);
            if (TagHeader + size != previous || type is not (8 or 9 or Script))
            {
                return null;
            }

            if (type != Script)
            {
                found.Reverse();
                return found;
            }

            found.Add((at, size));
            end = at;
        }
    }

    private static (byte Type, int Size) Header(RangeReader reader, long pos)
    {
        var header = reader.Get(pos, TagHeader);
        var type = (byte)(header[0] & 0x1F);
        var size = (header[1] << 16) | (header[2] << 8) | header[3];
        if ((header[0] & 0x20) != 0 && type == Script)
        {
            throw new LabelFormatException($"FLV: the script tag at byte {pos} is encrypted", pos);
        }

        return (type, size);
    }

    private static void ScriptTag(RangeReader reader, long pos, int size, LabelSink sink)
    {
        if (size > reader.Limits.MaxItemBytes)
        {
            throw new LabelLimitException($"FLV: the script tag at byte {pos} holds {size} bytes, more than the {reader.Limits.MaxItemBytes}-byte limit");
        }

        var data = reader.Get(pos + TagHeader, size);
        var amf = new Amf0(data, pos + TagHeader);
        if (amf.ReadName() == "onMetaData")
        {
            amf.ReadMetadata("FLV onMetaData", pos, sink);
        }
    }
}
