using System.Text;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// MP3: the ID3v2.2/2.3/2.4 tag at the head (and a v2.4 tag appended with its footer), reading TXXX frames whose
/// description contains AIGC. Frame headers are walked, picture frames skipped; unsynchronised tags are decoded in
/// memory within the item limit.
/// </summary>
public sealed class Id3Reader : ICarrierReader
{
    public string Format => "MP3";

    public static bool Matches(ReadOnlySpan<byte> head) =>
        head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0);

    public void Read(RangeReader reader, LabelSink sink)
    {
        var found = false;
        if (reader.Length < 10 && reader.Get(0, (int)reader.Length).StartsWith("ID3"u8))
        {
            throw new LabelFormatException("MP3: the ID3 header is cut short", reader.Length, truncated: true);
        }

        if (reader.Has(0, 10) && reader.Get(0, 3).SequenceEqual("ID3"u8))
        {
            ReadTag(reader, 0, sink, "MP3 ID3v2");
            found = true;
        }

        // An ID3v2.4 tag may also sit at the end, marked by a footer ("3DI").
        if (reader.Length >= 20 && reader.Get(reader.Length - 10, 3).SequenceEqual("3DI"u8))
        {
            var size = SyncSafe(reader.Get(reader.Length - 4, 4));
            var start = reader.Length - 20 - size;
            if (start >= 0 && (!found || start > 0))
            {
                ReadTag(reader, start, sink, "MP3 ID3v2 (appended)");
            }
        }
    }

    internal static void ReadTag(RangeReader reader, long start, LabelSink sink, string carrier)
    {
        var header = reader.Get(start, 10);
        if (!header.StartsWith("ID3"u8))
        {
            throw new LabelFormatException($"{carrier}: no ID3 header at byte {start}", start);
        }

        int version = header[3];
        var flags = header[5];
        var size = SyncSafe(header[6..10]);
        if (version is < 2 or > 4 || size < 0)
        {
            throw new LabelFormatException($"{carrier}: unsupported ID3v2 version 2.{version}", start);
        }

        var end = start + 10 + size;
        if (end > reader.Length)
        {
            throw new LabelFormatException($"{carrier}: the tag declares {size} bytes, past the end of the file", start, truncated: true);
        }

        if ((flags & 0x80) != 0 && version < 4)
        {
            // Whole-tag unsynchronisation (v2.2/2.3): undo it in memory, then walk the copy.
            var plain = Resynchronise(reader.Get(start + 10, (int)size));
            using var copy = new RangeReader(new MemoryRangeSource(plain), reader.Limits);
            Frames(copy, 0, plain.Length, version, hasExtended: (flags & 0x40) != 0, sink, carrier, start + 10);
            return;
        }

        Frames(reader, start + 10, end, version, hasExtended: (flags & 0x40) != 0, sink, carrier, 0);
    }

    private static void Frames(RangeReader reader, long pos, long end, int version, bool hasExtended, LabelSink sink, string carrier, long shift)
    {
        if (hasExtended && version >= 3)
        {
            var extended = version == 4 ? SyncSafe(reader.Get(pos, 4)) : 4 + (long)reader.U32BE(pos);
            pos += extended;
        }

        var headerSize = version == 2 ? 6 : 10;
        var idSize = version == 2 ? 3 : 4;
        var elements = 0;
        while (pos + headerSize <= end)
        {
            reader.Step(ref elements);
            var id = reader.Get(pos, idSize);
            if (id[0] == 0)
            {
                return; // padding
            }

            foreach (var c in id)
            {
                if (!(c is >= (byte)'A' and <= (byte)'Z' || c is >= (byte)'0' and <= (byte)'9'))
                {
                    throw new LabelFormatException($"{carrier}: a frame id at byte {pos + shift} is not A-Z/0-9", pos + shift);
                }
            }

            long size = version switch
            {
                2 => (reader.U8(pos + 3) << 16) | (reader.U8(pos + 4) << 8) | reader.U8(pos + 5),
                3 => reader.U32BE(pos + 4),
                _ => SyncSafe(reader.Get(pos + 4, 4)),
            };
            if (size < 0 || pos + headerSize + size > end)
            {
                throw new LabelFormatException($"{carrier}: frame at byte {pos + shift} runs past the end of the tag", pos + shift, truncated: pos + headerSize + size > reader.Length);
            }

            var name = TextDecoding.Latin1.GetString(id);
            if (name is "TXXX" or "TXX")
            {
                var data = reader.Get(pos + headerSize, (int)size);
                var formatFlags = version == 4 ? reader.U8(pos + 9) : (byte)0;
                if ((formatFlags & 0x0C) == 0)
                {
                    if ((formatFlags & 0x02) != 0)
                    {
                        data = Resynchronise(data);
                    }

                    if ((formatFlags & 0x01) != 0 && data.Length >= 4)
                    {
                        data = data[4..];
                    }

                    UserText(data, sink, carrier, pos + shift);
                }
            }

            pos += headerSize + size;
        }
    }

    private static void UserText(ReadOnlySpan<byte> data, LabelSink sink, string carrier, long offset)
    {
        if (data.Length < 1)
        {
            return;
        }

        var encoding = data[0];
        var body = data[1..];
        var wide = encoding is 1 or 2;
        var split = Terminator(body, wide);
        var description = Decode(body[..split], encoding);
        if (!LabelRuleSet.Default.IsFieldName(description))
        {
            return;
        }

        var valueStart = Math.Min(body.Length, split + (wide ? 2 : 1));
        var value = TextDecoding.TrimNul(Decode(body[valueStart..], encoding));
        sink.Add($"{carrier} TXXX", description, value, offset);
    }

    private static int Terminator(ReadOnlySpan<byte> body, bool wide)
    {
        if (!wide)
        {
            var nul = body.IndexOf((byte)0);
            return nul < 0 ? body.Length : nul;
        }

        for (var i = 0; i + 1 < body.Length; i += 2)
        {
            if (body[i] == 0 && body[i + 1] == 0)
            {
                return i;
            }
        }

        return body.Length & ~1;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, byte encoding) => encoding switch
    {
        0 => TextDecoding.Latin1.GetString(bytes),
        1 => Utf16WithBom(bytes),
        2 => Encoding.BigEndianUnicode.GetString(bytes),
        _ => TextDecoding.Utf8.GetString(bytes),
    };

    private static string Utf16WithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return Encoding.Unicode.GetString(bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? bytes[2..] : bytes);
    }

    private static byte[] Resynchronise(ReadOnlySpan<byte> data)
    {
        var output = new byte[data.Length];
        var n = 0;
        for (var i = 0; i < data.Length; i++)
        {
            output[n++] = data[i];
            if (data[i] == 0xFF && i + 1 < data.Length && data[i + 1] == 0x00)
            {
                i++;
            }
        }

        Array.Resize(ref output, n);
        return output;
    }

    private static long SyncSafe(ReadOnlySpan<byte> b) =>
        (b[0] | b[1] | b[2] | b[3]) >= 0x80 ? -1 : (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3];
}
