using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// MP4 and QuickTime: walks box headers, seeking over mdat wherever it sits, and reads the metadata that TC260-PG-20257A
/// places the label in: moov/udta/meta (and a bare moov/meta) with an mdta key containing AIGC and its ilst item,
/// iTunes-style '----' items named AIGC, and XMP (moov/udta/XMP_, top-level uuid). No library reads mdta keys with
/// their ilst items and offsets, which the uniqueness rule needs; this walk reads only headers and the meta box.
/// </summary>
public sealed class Mp4Reader : ICarrierReader
{
    private static readonly byte[] XmpUuid = Convert.FromHexString("BE7ACFCB97A942E89C71999491E3AFAC");

    public string Format => "MP4";

    public static bool Matches(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && (head[4..8].SequenceEqual("ftyp"u8) || head[4..8].SequenceEqual("moov"u8) || head[4..8].SequenceEqual("wide"u8) || head[4..8].SequenceEqual("mdat"u8));

    public void Read(RangeReader reader, LabelSink sink)
    {
        var elements = 0;
        var boxes = Boxes(reader, 0, reader.Length, "file", ref elements);
        if (!boxes.Any(b => b.Type is "moov"))
        {
            // Every playable MP4 or QuickTime file has a movie box; without one the file was cut short.
            throw new LabelFormatException("the file has no moov box (cut short, or still being written)", reader.Length, truncated: true);
        }

        foreach (var box in boxes)
        {
            switch (box.Type)
            {
                case "ftyp" when box.PayloadSize >= 4:
                    if (reader.Get(box.Payload, 4).SequenceEqual("qt  "u8))
                    {
                        sink.Format = "MOV";
                    }

                    break;
                case "moov":
                    Moov(reader, box, sink, ref elements);
                    break;
                case "meta":
                    Meta(reader, box, "MP4 meta", sink, ref elements);
                    break;
                case "uuid" when box.PayloadSize >= 16 && reader.Get(box.Payload, 16).SequenceEqual(XmpUuid):
                    XmpScanner.Scan(reader.Get(box.Payload + 16, Item(box.PayloadSize - 16, box)), "MP4 uuid XMP", box.Offset, sink);
                    break;
            }
        }
    }

    private static void Moov(RangeReader reader, Box moov, LabelSink sink, ref int elements)
    {
        foreach (var child in Boxes(reader, moov.Payload, moov.End, "moov", ref elements))
        {
            if (child.Type == "udta")
            {
                foreach (var item in Boxes(reader, child.Payload, child.End, "moov/udta", ref elements))
                {
                    if (item.Type == "meta")
                    {
                        Meta(reader, item, "MP4 moov/udta/meta", sink, ref elements);
                    }
                    else if (item.Type == "XMP_")
                    {
                        XmpScanner.Scan(reader.Get(item.Payload, Item(item.PayloadSize, item)), "MP4 moov/udta/XMP_", item.Offset, sink);
                    }
                }
            }
            else if (child.Type == "meta")
            {
                Meta(reader, child, "MP4 moov/meta", sink, ref elements);
            }
        }
    }

    private static void Meta(RangeReader reader, Box meta, string carrier, LabelSink sink, ref int elements)
    {
        // ISO meta is a full box (4 bytes of version and flags); QuickTime's is not: tell them apart by where hdlr sits.
        var start = meta.PayloadSize >= 8 && reader.Get(meta.Payload + 4, 4).SequenceEqual("hdlr"u8) ? meta.Payload : meta.Payload + 4;
        var keys = new List<string>();
        Box? ilst = null;
        foreach (var child in Boxes(reader, start, meta.End, carrier, ref elements))
        {
            if (child.Type == "keys")
            {
                keys = Keys(reader, child);
            }
            else if (child.Type == "ilst")
            {
                ilst = child;
            }
        }

        if (ilst is not { } list)
        {
            return;
        }

        foreach (var item in Boxes(reader, list.Payload, list.End, carrier + "/ilst", ref elements))
        {
            var name = item.Type == "----" ? FreeformName(reader, item, ref elements) : KeyName(reader, item, keys);
            if (name is null || !LabelRuleSet.Default.IsFieldName(name))
            {
                continue;
            }

            foreach (var data in Boxes(reader, item.Payload, item.End, carrier + "/ilst item", ref elements))
            {
                if (data.Type == "data" && data.PayloadSize >= 8)
                {
                    var value = TextDecoding.TrimNul(TextDecoding.Utf8.GetString(reader.Get(data.Payload + 8, Item(data.PayloadSize - 8, data))));
                    sink.Add(item.Type == "----" ? carrier + " ilst ----" : carrier + " keys+ilst", name, value, item.Offset);
                }
            }
        }
    }

    private static List<string> Keys(RangeReader reader, Box keys)
    {
        var names = new List<string>();
        if (keys.PayloadSize < 8)
        {
            throw new LabelFormatException($"MP4 keys box at byte {keys.Offset} is too short", keys.Offset);
        }

        var count = reader.U32BE(keys.Payload + 4);
        var pos = keys.Payload + 8;
        for (var i = 0u; i < count; i++)
        {
            if (pos + 8 > keys.End)
            {
                throw new LabelFormatException($"MP4 keys box at byte {keys.Offset} declares {count} keys but holds {i}", keys.Offset);
            }

            var size = reader.U32BE(pos);
            if (size < 8 || pos + size > keys.End)
            {
                throw new LabelFormatException($"MP4 key {i + 1} at byte {pos} has a bad size ({size})", pos);
            }

            names.Add(TextDecoding.Utf8.GetString(reader.Get(pos + 8, (int)size - 8)));
            pos += size;
        }

        return names;
    }

    private static string? KeyName(RangeReader reader, Box item, List<string> keys)
    {
        var index = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(TextDecoding.Latin1.GetBytes(item.Type));
        return index >= 1 && index <= keys.Count ? keys[(int)index - 1] : null;
    }

    private static string? FreeformName(RangeReader reader, Box item, ref int elements)
    {
        foreach (var part in Boxes(reader, item.Payload, item.End, "ilst ----", ref elements))
        {
            if (part.Type == "name" && part.PayloadSize >= 4)
            {
                return TextDecoding.Utf8.GetString(reader.Get(part.Payload + 4, Item(part.PayloadSize - 4, part)));
            }
        }

        return null;
    }

    private static int Item(long size, Box box) =>
        size <= int.MaxValue ? (int)size : throw new LabelLimitException($"MP4 box '{box.Type}' at byte {box.Offset} is too large to read as metadata");

    private static List<Box> Boxes(RangeReader reader, long pos, long end, string parent, ref int elements)
    {
        var boxes = new List<Box>();
        while (pos < end)
        {
            reader.Step(ref elements);
            if (end - pos < 8)
            {
                throw new LabelFormatException($"a partial box header in {parent} at byte {pos}", pos, truncated: end == reader.Length);
            }

            long size = reader.U32BE(pos);
            var type = TextDecoding.Latin1.GetString(reader.Get(pos + 4, 4));
            var header = 8L;
            if (size == 1)
            {
                var large = reader.U64BE(pos + 8);
                size = large > long.MaxValue ? -1 : (long)large;
                header = 16;
            }
            else if (size == 0)
            {
                size = end - pos;
            }

            if (size < header)
            {
                throw new LabelFormatException($"box '{type}' in {parent} at byte {pos} declares {size} bytes", pos);
            }

            if (size > end - pos)
            {
                throw new LabelFormatException($"box '{type}' in {parent} at byte {pos} runs past its end ({pos + size} > {end})", pos, truncated: end == reader.Length);
            }

            boxes.Add(new Box(type, pos, pos + header, pos + size));
            pos += size;
        }

        return boxes;
    }

    private readonly record struct Box(string Type, long Offset, long Payload, long End)
    {
        public long PayloadSize => End - Payload;
    }
}
