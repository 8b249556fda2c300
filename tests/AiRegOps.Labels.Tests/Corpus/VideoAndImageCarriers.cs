using static AiRegOps.Labels.Tests.Corpus.Bytes;

namespace AiRegOps.Labels.Tests.Corpus;

/// <summary>
/// Builders for the carriers added with TC260-PG-20257A (Matroska, AVI, FLV) and the image formats of
/// TC260-PG-20259A read through XMP (GIF, TIFF), written from the format specifications. The label sits after the
/// media data where the format allows it: the worst case for a reader.
/// </summary>
internal static partial class CorpusCarriers
{
    private const uint MatroskaTags = 0x1254C367;

    private static byte[] EbmlId(uint id) => id switch
    {
        > 0xFFFFFF => U32BE(id),
        > 0xFFFF => [(byte)(id >> 16), (byte)(id >> 8), (byte)id],
        > 0xFF => [(byte)(id >> 8), (byte)id],
        _ => [(byte)id],
    };

    // Every size as an 8-byte variable-length integer: valid EBML, and the layout does not move when values change.
    private static byte[] Element(uint id, params byte[][] payload)
    {
        var body = Cat(payload);
        var size = new byte[8];
        size[0] = 0x01;
        for (var i = 0; i < 7; i++)
        {
            size[7 - i] = (byte)((ulong)body.Length >> (8 * i));
        }

        return Cat(EbmlId(id), size, body);
    }

    private static byte[] SimpleTag(string name, string value) => Element(0x67C8, Element(0x45A3, Utf8(name)), Element(0x4487, Utf8(value)));

    private static byte[] Matroska(IReadOnlyList<string> labels, bool other) => MatroskaFile(labels, other, "matroska");

    public static byte[] MatroskaFile(IReadOnlyList<string> labels, bool other, string docType)
    {
        var header = Element(0x1A45DFA3, Element(0x4286, [1]), Element(0x4282, Ascii(docType)));
        var info = Element(0x1549A966, Element(0x2AD7B1, U32BE(1_000_000)));
        var tracks = Element(0x1654AE6B, Element(0xAE, Element(0xD7, [1]), Element(0x83, [1])));
        const int clusterCount = 16;
        var clusters = Cat(Enumerable.Range(0, clusterCount).Select(i => Element(0x1F43B675, Element(0xE7, [(byte)i]), Element(0xA3, Media(Math.Max(16, MediaBytes / clusterCount), i)))));
        var simpleTags = new List<byte[]>();
        if (other)
        {
            simpleTags.Add(SimpleTag("TITLE", "A test clip"));
        }

        simpleTags.AddRange(labels.Select(l => SimpleTag("AIGC", l)));
        var tags = simpleTags.Count == 0 ? [] : Element(MatroskaTags, Element(0x7373, Element(0x63C0), Cat(simpleTags)));

        // The SeekHead lists the Tags at the end, as mkvmerge writes it; its own size does not depend on the position.
        byte[] SeekHead(long position) => tags.Length == 0
            ? Element(0x114D9B74, Element(0x4DBB, Element(0x53AB, EbmlId(0x1549A966)), Element(0x53AC, U32BE(0))))
            : Element(0x114D9B74, Element(0x4DBB, Element(0x53AB, EbmlId(MatroskaTags)), Element(0x53AC, Cat(U32BE((uint)(position >> 32)), U32BE((uint)position)))));
        var before = SeekHead(0).Length + info.Length + tracks.Length + clusters.Length;
        return Cat(header, Element(0x18538067, SeekHead(before), info, tracks, clusters, tags));
    }

    private static byte[] Avi(IReadOnlyList<string> labels, bool other)
    {
        var hdrl = RiffChunk("LIST", Cat(Ascii("hdrl"), RiffChunk("avih", new byte[56])));
        var frames = Enumerable.Range(0, Math.Max(4, MediaBytes / 4096)).Select(i => RiffChunk("00dc", Media(Math.Min(4096, MediaBytes), i))).ToList();
        var movi = RiffChunk("LIST", Cat(Ascii("movi"), Cat(frames)));
        var idx1 = RiffChunk("idx1", new byte[16 * frames.Count]);
        var chunks = new List<byte[]> { hdrl, movi, idx1 };
        var info = new List<byte[]>();
        if (other)
        {
            info.Add(RiffChunk("ISFT", Ascii("a test encoder\0")));
        }

        info.AddRange(labels.Select(l => RiffChunk("AIGC", Utf8(l))));
        if (info.Count > 0)
        {
            chunks.Add(RiffChunk("LIST", Cat(Ascii("INFO"), Cat(info))));
        }

        var body = Cat(chunks);
        return Cat(Ascii("RIFF"), U32LE((uint)(body.Length + 4)), Ascii("AVI "), body);
    }

    private static byte[] AmfString(string s) => Cat([2], U16BE((ushort)Utf8(s).Length), Utf8(s));

    private static byte[] AmfProperty(string name, byte[] value) => Cat(U16BE((ushort)Utf8(name).Length), Utf8(name), value);

    private static byte[] OnMetaData(IEnumerable<byte[]> properties)
    {
        var list = properties.ToList();
        return Cat(AmfString("onMetaData"), [8], U32BE((uint)list.Count), Cat(list), [0, 0, 9]);
    }

    private static byte[] FlvTag(byte type, byte[] data, uint timestamp) =>
        Cat([type, (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, (byte)(timestamp >> 16), (byte)(timestamp >> 8), (byte)timestamp, 0, 0, 0, 0], data, U32BE((uint)(11 + data.Length)));

    private static byte[] Flv(IReadOnlyList<string> labels, bool other, bool tail)
    {
        var parts = new List<byte[]> { Ascii("FLV"), new byte[] { 1, 5 }, U32BE(9), U32BE(0) };
        var head = new List<byte[]>();
        if (other)
        {
            var duration = new byte[9];
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleBigEndian(duration.AsSpan(1), 8.0);
            head.Add(AmfProperty("duration", duration));
        }

        var label = labels.Select(l => AmfProperty("AIGC", AmfString(l))).ToList();
        if (!tail)
        {
            head.AddRange(label);
        }

        if (head.Count > 0)
        {
            parts.Add(FlvTag(18, OnMetaData(head), 0));
        }

        // Audio and video tags as a 1 Mbit/s stream has them: about 4 KiB of video, 400 bytes of audio.
        var count = Math.Max(4, MediaBytes / 4500);
        for (var i = 0; i < count; i++)
        {
            parts.Add(FlvTag(9, Media(4096, i), (uint)(i * 40)));
            parts.Add(FlvTag(8, Media(400, i + 1), (uint)(i * 40)));
        }

        if (tail && label.Count > 0)
        {
            parts.Add(FlvTag(18, OnMetaData(label), (uint)(count * 40)));
        }

        return Cat(parts);
    }

    private static byte[] SubBlocks(byte[] data)
    {
        var parts = new List<byte[]>();
        for (var at = 0; at < data.Length; at += 255)
        {
            var length = Math.Min(255, data.Length - at);
            parts.Add(Cat([(byte)length], data.AsSpan(at, length).ToArray()));
        }

        parts.Add([0]);
        return Cat(parts);
    }

    private static byte[] Gif(IReadOnlyList<string> labels, bool other)
    {
        var parts = new List<byte[]> { Ascii("GIF89a"), U16LE(64), U16LE(64), new byte[] { 0x80, 0, 0 }, new byte[] { 0, 0, 0, 255, 255, 255 } };
        if (other)
        {
            parts.Add(Cat([0x21, 0xFE], SubBlocks(Ascii("made by a test"))));
        }

        parts.Add(Cat([0x21, 0xF9, 4, 0, 0, 0, 0, 0]));
        parts.Add(Cat([0x2C], U16LE(0), U16LE(0), U16LE(64), U16LE(64), [0, 2], SubBlocks(Media(MediaBytes))));
        if (labels.Count > 0 || other)
        {
            // XMP as GIF stores it: the packet raw, then the 258-byte magic trailer (0x01, 0xFF down to 0x00, 0x00).
            var trailer = Cat([1], Enumerable.Range(0, 256).Select(i => (byte)(255 - i)).ToArray(), [0]);
            parts.Add(Cat([0x21, 0xFF, 11], Ascii("XMP DataXMP"), Utf8(Xmp.Packet(labels, other)), trailer));
        }

        parts.Add([0x3B]);
        return Cat(parts);
    }

    private static byte[] Tiff(IReadOnlyList<string> labels, bool other)
    {
        var strip = Media(MediaBytes);
        var xmp = labels.Count > 0 || other ? Utf8(Xmp.Packet(labels, other)) : [];
        var xmpAt = 8 + strip.Length;
        var ifdAt = xmpAt + xmp.Length + (xmp.Length % 2);
        var entries = new List<byte[]>
        {
            Cat(U16LE(256), U16LE(3), U32LE(1), U16LE(64), U16LE(0)),
            Cat(U16LE(257), U16LE(3), U32LE(1), U16LE(64), U16LE(0)),
            Cat(U16LE(258), U16LE(3), U32LE(1), U16LE(8), U16LE(0)),
            Cat(U16LE(273), U16LE(4), U32LE(1), U32LE(8)),
            Cat(U16LE(279), U16LE(4), U32LE(1), U32LE((uint)strip.Length)),
        };
        if (xmp.Length > 0)
        {
            entries.Add(Cat(U16LE(700), U16LE(7), U32LE((uint)xmp.Length), U32LE((uint)xmpAt)));
        }

        return Cat(Ascii("II"), U16LE(42), U32LE((uint)ifdAt), strip, xmp, new byte[xmp.Length % 2], U16LE((ushort)entries.Count), Cat(entries), U32LE(0));
    }
}
