using System.IO.Compression;
using System.Security;
using System.Text;
using static AiRegOps.Labels.Tests.Corpus.Bytes;

namespace AiRegOps.Labels.Tests.Corpus;

/// <summary>
/// Builders for every carrier, written from the format specifications (not with the product's writer), so the readers
/// are tested against files they did not make. Labels go where the TC260 guides put them, media data is filler.
/// </summary>
internal static partial class CorpusCarriers
{
    [ThreadStatic]
    private static int? mediaBytes;

    /// <summary>Media filler per file; the benchmark raises it to make 1 MiB files. Per thread: tests that build a long file run in parallel with the corpus.</summary>
    public static int MediaBytes
    {
        get => mediaBytes ?? 4096;
        set => mediaBytes = value;
    }

    /// <summary>Size of each PNG IDAT chunk (libpng writes 8 KiB); small in the corpus so the walk crosses several.</summary>
    public static int IdatBytes { get; set; } = 1024;

    public static readonly CorpusCarrier[] All =
    [
        new("png-text-tail", ".png", "PNG", PngText),
        new("png-xmp-head", ".png", "PNG", PngXmp),
        new("jpeg-xmp", ".jpg", "JPEG", JpegXmp),
        new("jpeg-exif", ".jpg", "JPEG", JpegExif),
        new("webp-xmp", ".webp", "WebP", WebpXmp),
        new("mp4-keys-tail", ".mp4", "MP4", (l, o) => Mp4(l, o, quickTime: false)),
        new("mov-bare-meta-head", ".mov", "MOV", (l, o) => Mp4(l, o, quickTime: true)),
        new("wav-chunk-tail", ".wav", "WAV", Wav),
        new("mp3-id3v24", ".mp3", "MP3", (l, o) => Mp3(l, o, 4)),
        new("mp3-id3v23", ".mp3", "MP3", (l, o) => Mp3(l, o, 3)),
        new("flac", ".flac", "FLAC", Flac),
        new("ogg-vorbis", ".ogg", "Ogg", Ogg),
        new("docx", ".docx", "DOCX", (l, o) => Office(l, o, "word/document.xml")),
        new("xlsx", ".xlsx", "XLSX", (l, o) => Office(l, o, "xl/workbook.xml")),
        new("pptx", ".pptx", "PPTX", (l, o) => Office(l, o, "ppt/presentation.xml")),
        new("pdf", ".pdf", "PDF", Pdf),
        new("markdown", ".md", "Markdown", Markdown),
        new("mkv-tags-tail", ".mkv", "MKV", Matroska),
        new("avi-info-tail", ".avi", "AVI", Avi),
        new("flv-metadata-head", ".flv", "FLV", (l, o) => Flv(l, o, tail: false)),
        new("flv-metadata-tail", ".flv", "FLV", (l, o) => Flv(l, o, tail: true)),
        new("gif-xmp-tail", ".gif", "GIF", Gif),
        new("tiff-xmp-tail", ".tif", "TIFF", Tiff),
    ];

    public static byte[] PngChunk(string type, byte[] data)
    {
        var typeBytes = Ascii(type);
        return Cat(U32BE((uint)data.Length), typeBytes, data, U32BE(Crc(Cat(typeBytes, data))));
    }

    private static byte[] PngHead() =>
        Cat([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], PngChunk("IHDR", Cat(U32BE(64), U32BE(64), [8, 2, 0, 0, 0])));

    private static byte[] PngText(IReadOnlyList<string> labels, bool other)
    {
        var parts = new List<byte[]> { PngHead() };
        if (other)
        {
            parts.Add(PngChunk("tEXt", Latin1("Comment\0made by a test")));
        }

        // Many IDAT chunks, as libpng writes them: the walk has to seek over each.
        for (var i = 0; i < Math.Max(1, MediaBytes / IdatBytes); i++)
        {
            parts.Add(PngChunk("IDAT", Media(Math.Min(IdatBytes, MediaBytes), i)));
        }

        parts.AddRange(labels.Select(l => PngChunk("tEXt", Cat(Latin1("AIGC\0"), Utf8(l)))));
        parts.Add(PngChunk("IEND", []));
        return Cat(parts);
    }

    private static byte[] PngXmp(IReadOnlyList<string> labels, bool other)
    {
        var parts = new List<byte[]> { PngHead() };
        if (labels.Count > 0 || other)
        {
            parts.Add(PngChunk("iTXt", Cat(Latin1("XML:com.adobe.xmp\0\0\0\0\0"), Utf8(Xmp.Packet(labels, other)))));
        }

        parts.Add(PngChunk("IDAT", Media(MediaBytes)));
        parts.Add(PngChunk("IEND", []));
        return Cat(parts);
    }

    private static byte[] JpegSegment(byte marker, byte[] data) => Cat([0xFF, marker], U16BE((ushort)(data.Length + 2)), data);

    private static byte[] JpegTail() => Cat(JpegSegment(0xDB, Media(65, 3)), JpegSegment(0xDA, [1, 1, 0, 0, 63, 0]), Media(MediaBytes), [0xFF, 0xD9]);

    private static byte[] JpegXmp(IReadOnlyList<string> labels, bool other)
    {
        var parts = new List<byte[]> { new byte[] { 0xFF, 0xD8 }, JpegSegment(0xE0, Ascii("JFIF\0\u0001\u0001\0\0\u0001\0\u0001\0\0")) };
        if (labels.Count > 0 || other)
        {
            parts.Add(JpegSegment(0xE1, Cat(Ascii("http://ns.adobe.com/xap/1.0/\0"), Utf8(Xmp.Packet(labels, other)))));
        }

        parts.Add(JpegTail());
        return Cat(parts);
    }

    public static byte[] Exif(string? comment)
    {
        // TIFF little-endian: IFD0 with the Exif IFD pointer, Exif IFD with UserComment (or ImageUniqueID-like filler).
        var commentBytes = comment is null ? Ascii("ASCII\0\0\0plain") : Cat(Ascii("ASCII\0\0\0"), Utf8(comment));
        const uint ifd0 = 8, exifIfd = 8 + 2 + 12 + 4, data = exifIfd + 2 + 12 + 4;
        return Cat(
            Ascii("Exif\0\0II"), U16LE(42), U32LE(ifd0),
            U16LE(1), U16LE(0x8769), U16LE(4), U32LE(1), U32LE(exifIfd), U32LE(0),
            U16LE(1), U16LE(0x9286), U16LE(7), U32LE((uint)commentBytes.Length), U32LE(data), U32LE(0),
            commentBytes);
    }

    private static byte[] JpegExif(IReadOnlyList<string> labels, bool other)
    {
        var parts = new List<byte[]> { new byte[] { 0xFF, 0xD8 } };
        if (labels.Count > 0)
        {
            parts.Add(JpegSegment(0xE1, Exif("{\"AIGC\":" + labels[0] + "}")));
        }
        else if (other)
        {
            parts.Add(JpegSegment(0xE1, Exif(null)));
        }

        // A second label goes into XMP: two carriers in one file that disagree.
        if (labels.Count > 1)
        {
            parts.Add(JpegSegment(0xE1, Cat(Ascii("http://ns.adobe.com/xap/1.0/\0"), Utf8(Xmp.Packet(labels.Skip(1).ToList(), false)))));
        }

        parts.Add(JpegTail());
        return Cat(parts);
    }

    public static byte[] RiffChunk(string id, byte[] data) => Cat(Ascii(id), U32LE((uint)data.Length), data, data.Length % 2 == 1 ? [0] : []);

    private static byte[] Riff(string form, IEnumerable<byte[]> chunks)
    {
        var body = Cat(chunks);
        return Cat(Ascii("RIFF"), U32LE((uint)(body.Length + 4)), Ascii(form), body);
    }

    private static byte[] WebpXmp(IReadOnlyList<string> labels, bool other)
    {
        var chunks = new List<byte[]> { RiffChunk("VP8X", new byte[10]), RiffChunk("VP8 ", Media(MediaBytes)) };
        if (labels.Count > 0 || other)
        {
            chunks.Add(RiffChunk("XMP ", Utf8(Xmp.Packet(labels, other))));
        }

        return Riff("WEBP", chunks);
    }

    private static byte[] Wav(IReadOnlyList<string> labels, bool other)
    {
        var chunks = new List<byte[]>
        {
            RiffChunk("fmt ", Cat(U16LE(1), U16LE(1), U32LE(8000), U32LE(16000), U16LE(2), U16LE(16))),
            RiffChunk("data", Media(MediaBytes + 1)),
        };
        if (other)
        {
            chunks.Add(RiffChunk("LIST", Cat(Ascii("INFO"), RiffChunk("INAM", Ascii("A test tone\0")))));
        }

        chunks.AddRange(labels.Select(l => RiffChunk("AIGC", Utf8(l))));
        return Riff("WAVE", chunks);
    }

    private static byte[] Box(string type, params byte[][] payload) => Cat(U32BE((uint)(8 + payload.Sum(p => p.Length))), Ascii(type), Cat(payload));

    private static byte[] Mp4(IReadOnlyList<string> labels, bool other, bool quickTime)
    {
        var keyNames = new List<string>();
        var values = new List<string>();
        if (other)
        {
            keyNames.Add("com.apple.quicktime.title");
            values.Add("A test clip");
        }

        foreach (var label in labels)
        {
            keyNames.Add("AIGC");
            values.Add(label);
        }

        var keys = Box("keys", U32BE(0), U32BE((uint)keyNames.Count), Cat(keyNames.Select(k => Box("mdta", Utf8(k)))));
        var items = Box("ilst", Cat(values.Select((v, i) => Cat(U32BE((uint)(8 + 16 + Utf8(v).Length)), U32BE((uint)(i + 1)), Box("data", U32BE(1), U32BE(0), Utf8(v))))));
        var hdlr = Box("hdlr", new byte[8], Ascii("mdta"), new byte[13]);
        var mvhd = Box("mvhd", new byte[100]);
        var trak = Box("trak", Box("tkhd", new byte[84]));
        var mdat = Box("mdat", Media(MediaBytes));
        if (quickTime)
        {
            var meta = keyNames.Count == 0 ? [] : Box("meta", hdlr, keys, items);
            return Cat(Box("ftyp", Ascii("qt  "), U32BE(0), Ascii("qt  ")), Box("moov", mvhd, trak, meta), mdat);
        }

        var udta = keyNames.Count == 0 ? [] : Box("udta", Box("meta", U32BE(0), hdlr, keys, items));
        return Cat(Box("ftyp", Ascii("isom"), U32BE(512), Ascii("isomiso2mp41")), mdat, Box("moov", mvhd, trak, udta));
    }

    private static byte[] Id3Frame(int version, string id, byte[] data) =>
        Cat(Ascii(id), version == 4 ? SyncSafe(data.Length) : U32BE((uint)data.Length), [0, 0], data);

    private static byte[] Mp3(IReadOnlyList<string> labels, bool other, int version)
    {
        var frames = new List<byte[]>();
        if (other)
        {
            frames.Add(Id3Frame(version, "TIT2", Cat([3], Utf8("A test song"))));
        }

        frames.AddRange(labels.Select(l => Id3Frame(version, "TXXX", Cat([3], Utf8("AIGC\0"), Utf8(l)))));
        var body = Cat(Cat(frames), new byte[64]);
        var tag = Cat(Ascii("ID3"), [(byte)version, 0, 0], SyncSafe(body.Length), body);
        var audio = Cat(Enumerable.Range(0, Math.Max(4, MediaBytes / 417)).Select(i => Cat([0xFF, 0xFB, 0x90, 0x64], Media(413, i))));
        return Cat(tag, audio);
    }

    private static byte[] VorbisComment(IReadOnlyList<string> labels, bool other)
    {
        var entries = new List<string>();
        if (other)
        {
            entries.Add("TITLE=A test tone");
        }

        entries.AddRange(labels.Select(l => "AIGC=" + l));
        return Cat(U32LE(4), Ascii("test"), U32LE((uint)entries.Count), Cat(entries.Select(e => Cat(U32LE((uint)Utf8(e).Length), Utf8(e)))));
    }

    private static byte[] Flac(IReadOnlyList<string> labels, bool other)
    {
        var comment = VorbisComment(labels, other);
        byte[] Header(int type, bool last, int length) => [(byte)((last ? 0x80 : 0) | type), (byte)(length >> 16), (byte)(length >> 8), (byte)length];
        return Cat(Ascii("fLaC"), Header(0, false, 34), new byte[34], Header(4, true, comment.Length), comment, Media(MediaBytes));
    }

    private static byte[] OggPage(byte type, uint sequence, byte[] packet)
    {
        var lacing = new List<byte>();
        var left = packet.Length;
        while (left >= 255)
        {
            lacing.Add(255);
            left -= 255;
        }

        lacing.Add((byte)left);
        return Cat(Ascii("OggS"), [0, type], new byte[8], U32LE(0x1234), U32LE(sequence), U32LE(0), [(byte)lacing.Count], lacing.ToArray(), packet);
    }

    private static byte[] Ogg(IReadOnlyList<string> labels, bool other)
    {
        var identification = Cat([1], Ascii("vorbis"), new byte[23]);
        var comment = Cat([3], Ascii("vorbis"), VorbisComment(labels, other), [1]);
        var setup = OggPage(0, 2, Media(200));

        // Audio pages of 4 KiB packets (the size libvorbis pages come to) filling MediaBytes; the last one ends the stream.
        // The comment header stays the second packet: the Vorbis I specification (section 4.2) fixes it at the head, so no tail case exists.
        var pages = Math.Max(1, MediaBytes / 4096);
        var audio = Enumerable.Range(0, pages).Select(i => OggPage(i == pages - 1 ? (byte)4 : (byte)0, (uint)(3 + i), Media(4096, i)));
        return Cat(Cat(OggPage(2, 0, identification), OggPage(0, 1, comment), setup), Cat(audio));
    }

    private static byte[] Office(IReadOnlyList<string> labels, bool other, string mainPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            void Stored(string name, byte[] data)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(data);
            }

            Entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Entry("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
            Entry(mainPart, "<?xml version=\"1.0\"?><root>" + new string('x', MediaBytes) + "</root>");

            // An embedded picture (random bytes, stored, as Word stores PNGs) written before docProps/custom.xml, so the
            // label part sits after the media data and a reader must find it through the central directory at the tail.
            Stored(mainPart[..mainPart.IndexOf('/', StringComparison.Ordinal)] + "/media/image1.png", Media(MediaBytes));
            if (labels.Count > 0 || other)
            {
                var properties = new StringBuilder();
                var pid = 2;
                if (other)
                {
                    properties.Append($"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{pid++}\" name=\"Department\"><vt:lpwstr>QA</vt:lpwstr></property>");
                }

                foreach (var label in labels)
                {
                    properties.Append($"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{pid++}\" name=\"AIGC\"><vt:lpwstr>{SecurityElement.Escape(label)}</vt:lpwstr></property>");
                }

                Entry("docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" + properties + "</Properties>");
            }
        }

        return buffer.ToArray();
    }

    private static string PdfString(string s) => "(" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";

    private static byte[] Pdf(IReadOnlyList<string> labels, bool other)
    {
        var info = new StringBuilder("<< /Producer (test)");
        if (other)
        {
            info.Append(" /Title (A test document)");
        }

        for (var i = 0; i < labels.Count; i++)
        {
            // A dictionary cannot repeat a key: a second label uses a second name containing AIGC.
            info.Append(i == 0 ? " /AIGC " : $" /AIGC{i + 1} ").Append(PdfString(labels[i]));
        }

        info.Append(" >>");
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            info.ToString(),
            "<< /Length " + MediaBytes + " >>\nstream\n" + new string('q', MediaBytes) + "\nendstream",
        };
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.UTF8.GetByteCount(text.ToString()));
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.UTF8.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Utf8(text.ToString());
    }

    private static byte[] Markdown(IReadOnlyList<string> labels, bool other)
    {
        var text = new StringBuilder();
        if (labels.Count > 0 || other)
        {
            text.Append("---\n");
            if (other)
            {
                text.Append("title: A test page\n");
            }

            for (var i = 0; i < labels.Count; i++)
            {
                text.Append(i == 0 ? "AIGC: '" : $"AIGC{i + 1}: '").Append(labels[i].Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
            }

            text.Append("---\n");
        }

        text.Append("# A generated page\n\n").Append(new string('x', MediaBytes)).Append('\n');
        return Utf8(text.ToString());
    }

    private static uint Crc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
