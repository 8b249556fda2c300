using System.Buffers.Binary;
using System.Text;
using AiRegOps.Labels.Carriers;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Writing;

/// <summary>
/// Where a new label goes in each writable format, as pieces of the rewritten file (the media data is copied, never
/// loaded): PNG tEXt after IHDR, JPEG XMP APP1 after SOI/APP0, WAV AIGC chunk at the end, MP3 TXXX in the ID3v2 tag,
/// MP4 moov/udta/meta keys+ilst when moov is the last box, Markdown front matter.
/// </summary>
internal static class LabelInserter
{
    public static List<Piece> Plan(string format, RangeReader reader, string json) => format switch
    {
        "PNG" => Png(reader, json),
        "JPEG" => Jpeg(reader, json),
        "WAV" => Wav(reader, json),
        "MP3" => Mp3(reader, json),
        "MP4" or "MOV" => Mp4(reader, json),
        "Markdown" => Markdown(reader, json),
        _ => throw new LabelWriteException($"writing a label into {format} files is not supported (PNG, JPEG, MP4/MOV, WAV, MP3, DOCX/XLSX/PPTX and Markdown are)"),
    };

    private static List<Piece> Png(RangeReader reader, string json)
    {
        var ihdrEnd = 8 + 12 + (long)reader.U32BE(8);
        var type = Encoding.ASCII.GetBytes("tEXt");
        var data = Encoding.Latin1.GetBytes(LabelRuleSet.Default.FieldNameContains + "\0" + json);
        var chunk = Concat(U32BE((uint)data.Length), type, data, U32BE(Crc32.Compute(type, data)));
        return [Piece.Copy(0, ihdrEnd), Piece.New(chunk), Piece.Copy(ihdrEnd, reader.Length - ihdrEnd)];
    }

    private static List<Piece> Jpeg(RangeReader reader, string json)
    {
        long at = 2;
        if (reader.U8(2) == 0xFF && reader.U8(3) == 0xE0)
        {
            at = 4 + reader.U16BE(4); // keep JFIF APP0 first
        }

        for (long pos = 2; reader.Has(pos, 4) && reader.U8(pos) == 0xFF && reader.U8(pos + 1) is not (0xDA or 0xD9);)
        {
            int length = reader.U16BE(pos + 2);
            if (reader.U8(pos + 1) == 0xE1 && reader.Get(pos + 4, Math.Min(length - 2, 29)).StartsWith("http://ns.adobe.com/xap/1.0/"u8))
            {
                throw new LabelWriteException("the JPEG already has an XMP packet; merging a label into it is not supported: add TC260:AIGC with an XMP editor");
            }

            pos += 2 + length;
        }

        var rules = LabelRuleSet.Default;
        var packet = $"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" xmlns:{rules.XmpPrefix}=\"{rules.XmpNamespace}\" {rules.XmpPrefix}:{rules.XmpProperty}=\"{System.Security.SecurityElement.Escape(json)}\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        var body = Concat("http://ns.adobe.com/xap/1.0/\0"u8.ToArray(), Encoding.UTF8.GetBytes(packet));
        if (body.Length + 2 > ushort.MaxValue)
        {
            throw new LabelWriteException("the XMP packet would exceed one JPEG segment");
        }

        var segment = Concat([0xFF, 0xE1], U16BE((ushort)(body.Length + 2)), body);
        return [Piece.Copy(0, at), Piece.New(segment), Piece.Copy(at, reader.Length - at)];
    }

    private static List<Piece> Wav(RangeReader reader, string json)
    {
        var data = Encoding.UTF8.GetBytes(json);
        var pad = reader.Length % 2 == 1 ? new byte[] { 0 } : [];
        var chunk = Concat(pad, Encoding.ASCII.GetBytes(LabelRuleSet.Default.FieldNameContains), U32LE((uint)data.Length), data, data.Length % 2 == 1 ? [0] : []);
        var riffSize = reader.Length - 8 + chunk.Length;
        if (riffSize > uint.MaxValue)
        {
            throw new LabelWriteException("the WAV file would exceed the 4 GiB RIFF limit");
        }

        return [Piece.Copy(0, 4), Piece.New(U32LE((uint)riffSize)), Piece.Copy(8, reader.Length - 8), Piece.New(chunk)];
    }

    private static List<Piece> Mp3(RangeReader reader, string json)
    {
        var hasTag = reader.Has(0, 10) && reader.Get(0, 3).SequenceEqual("ID3"u8);
        var version = hasTag ? reader.U8(3) : (byte)4;
        if (hasTag && (version is not (3 or 4) || (reader.U8(5) & 0xC0) != 0))
        {
            throw new LabelWriteException($"the ID3v2.{version} tag is unsynchronised, has an extended header or is not v2.3/v2.4: rewrite it with a tag editor first");
        }

        var description = LabelRuleSet.Default.FieldNameContains;
        var content = Concat([3], Encoding.UTF8.GetBytes(description + "\0" + json));
        var frame = Concat(Encoding.ASCII.GetBytes("TXXX"), version == 4 ? SyncSafe(content.Length) : U32BE((uint)content.Length), [0, 0], content);
        if (!hasTag)
        {
            var tag = Concat(Encoding.ASCII.GetBytes("ID3"), [4, 0, 0], SyncSafe(frame.Length), frame);
            return [Piece.New(tag), Piece.Copy(0, reader.Length)];
        }

        var b = reader.Get(6, 4);
        var size = (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3];
        return [Piece.Copy(0, 6), Piece.New(SyncSafe(size + frame.Length)), Piece.New(frame), Piece.Copy(10, reader.Length - 10)];
    }

    private static List<Piece> Mp4(RangeReader reader, string json)
    {
        long pos = 0, moov = -1, moovEnd = 0;
        while (pos + 8 <= reader.Length)
        {
            long size = reader.U32BE(pos);
            var type = Encoding.Latin1.GetString(reader.Get(pos + 4, 4));
            var header = 8;
            if (size == 1)
            {
                size = (long)reader.U64BE(pos + 8);
                header = 16;
            }
            else if (size == 0)
            {
                size = reader.Length - pos;
            }

            if (size < header)
            {
                throw new LabelWriteException($"the MP4 box at byte {pos} is damaged");
            }

            if (type == "moov")
            {
                if (header != 8)
                {
                    throw new LabelWriteException("a 64-bit moov box header is not supported");
                }

                moov = pos;
                moovEnd = pos + size;
            }

            pos += size;
        }

        if (moov < 0)
        {
            throw new LabelWriteException("the file has no moov box");
        }

        if (moovEnd != reader.Length)
        {
            // Growing a moov that precedes mdat would shift every chunk offset (stco/co64).
            throw new LabelWriteException("the moov box comes before the media data (fast start); writing into it is not supported: label before moving moov to the front");
        }

        for (var child = moov + 8; child + 8 <= moovEnd;)
        {
            var size = reader.U32BE(child);
            if (Encoding.Latin1.GetString(reader.Get(child + 4, 4)) is "udta" or "meta")
            {
                throw new LabelWriteException("the moov box already has user data or metadata; merging a label into it is not supported");
            }

            child += Math.Max(8, size);
        }

        var key = Encoding.UTF8.GetBytes(LabelRuleSet.Default.FieldNameContains);
        var value = Encoding.UTF8.GetBytes(json);
        var hdlr = Box("hdlr", new byte[8], "mdta"u8.ToArray(), new byte[13]);
        var keys = Box("keys", new byte[4], U32BE(1), Box("mdta", key));
        var ilst = Box("ilst", Concat(U32BE((uint)(8 + 16 + value.Length)), U32BE(1), Box("data", U32BE(1), U32BE(0), value)));
        var udta = Box("udta", Box("meta", new byte[4], hdlr, keys, ilst));
        var moovSize = moovEnd - moov + udta.Length;
        return [Piece.Copy(0, moov), Piece.New(U32BE((uint)moovSize)), Piece.Copy(moov + 4, moovEnd - moov - 4), Piece.New(udta)];
    }

    private static List<Piece> Markdown(RangeReader reader, string json)
    {
        var line = Encoding.UTF8.GetBytes($"{LabelRuleSet.Default.FieldNameContains}: '{json.Replace("'", "''", StringComparison.Ordinal)}'\n");
        var head = reader.Get(0, (int)Math.Min(reader.Length, 8));
        var bom = head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        var rest = head[bom..];
        if (rest.StartsWith("---\n"u8) || rest.StartsWith("---\r\n"u8))
        {
            var open = bom + (rest[3] == (byte)'\r' ? 5 : 4);
            return [Piece.Copy(0, open), Piece.New(line), Piece.Copy(open, reader.Length - open)];
        }

        return [Piece.Copy(0, bom), Piece.New(Concat("---\n"u8.ToArray(), line, "---\n"u8.ToArray())), Piece.Copy(bom, reader.Length - bom)];
    }

    private static byte[] Box(string type, params byte[][] payload) => Concat(U32BE((uint)(8 + payload.Sum(p => p.Length))), Encoding.ASCII.GetBytes(type), Concat(payload));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] U32BE(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, v);
        return b;
    }

    private static byte[] U32LE(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }

    private static byte[] U16BE(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, v);
        return b;
    }

    private static byte[] SyncSafe(int v) => [(byte)((v >> 21) & 0x7F), (byte)((v >> 14) & 0x7F), (byte)((v >> 7) & 0x7F), (byte)(v & 0x7F)];
}
