using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Tests.Hostile;

/// <summary>
/// Hostile files for the AIGC label check (<c>Test-AigcLabel</c>, the blob-label trigger): each must end in a bounded
/// verdict (Inconclusive for anything the check cannot judge, with the reason) within the stated bounds, never a hang,
/// an exhausted process or a crash. Kept apart from <see cref="HostileCases"/> because it needs AiRegOps.Labels; the
/// label tests and <c>bench/hostile</c> compile it in.
/// </summary>
public static class LabelHostileCases
{
    private const string Label = "{\"Label\":\"1\",\"ContentProducer\":\"001191110108MA01KP2T5U00000\",\"ProduceID\":\"a1\",\"ReservedCode1\":\"\",\"ContentPropagator\":\"\",\"PropagateID\":\"\",\"ReservedCode2\":\"\"}";

    public static IEnumerable<HostileCase> All()
    {
        // PNG: chunk lengths, chunk counts, compressed text, XMP.
        yield return Case("png-chunk-length-4GiB", "x.png", () => Png(Raw(0xFFFF_FFF0, "tEXt", [])), "Inconclusive: malformed: PNG chunk at byte 33 declares 4294967280 bytes, more than PNG allows");
        yield return Case("png-chunk-length-2GiB", "x.png", () => Png(Raw(0x7FFF_FFFF, "tEXt", [])), "Inconclusive: past a reading limit: PNG");
        yield return Case("png-300k-chunks", "x.png", () => Png([.. Enumerable.Range(0, 300_000).SelectMany(_ => Chunk("zzZz", []))]), "Inconclusive: past a reading limit: more than 100000 structure elements");
        yield return Case("png-ztxt-zlib-bomb-1GB", "x.png", () => Png(Chunk("zTXt", [.. "AIGC\0\0"u8, .. ZlibZeros(256L << 20)])), "Inconclusive: past a reading limit: compressed PNG text at byte 33 is larger than the 4194304-byte limit");
        yield return Case("png-xmp-entity-expansion", "x.png", () => Png(Chunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. Encoding.UTF8.GetBytes(LaughsXml("x:xmpmeta"))])), "Inconclusive: malformed: the XMP packet in PNG iTXt XML:com.adobe.xmp is not well-formed XML");
        yield return Case("png-xmp-nesting-200k", "x.png", () => Png(Chunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>", 200_000)) + string.Concat(Enumerable.Repeat("</a>", 200_000)))])), "NotFound: no implicit label in the PNG metadata");
        yield return Case("png-truncated-in-chunk", "x.png", () => Png(Chunk("tEXt", [.. "AIGC\0"u8, .. Encoding.UTF8.GetBytes(Label)]))[..60], "Inconclusive: truncated: the file ends at byte 60");
        yield return Case("png-non-utf8-label", "x.png", () => Png(Chunk("tEXt", [.. "AIGC\0{\"Label\":\"1\",\"ContentProducer\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8])), "Noncompliant: ");

        // RIFF (WAV): LIST chunks nested in LIST chunks, each a level of recursion in a naive walk.
        yield return Case("wav-nested-list-200k", "x.wav", () => NestedWav(200_000), "Inconclusive: malformed: a LIST/INFO chunk at byte 48 is nested inside another");

        // MP4: box sizes that lie, and boxes by the hundred thousand.
        yield return Case("mp4-box-largesize-2^62", "x.mp4", () => [.. Box("ftyp", "isom"u8.ToArray()), .. U32(1), .. "moov"u8, .. U64(1UL << 62)], "Inconclusive: truncated: box 'moov' in file at byte 12 runs past its end");
        yield return Case("mp4-200k-boxes-in-moov", "x.mp4", () => [.. Box("ftyp", "isom"u8.ToArray()), .. Box("moov", [.. Enumerable.Range(0, 200_000).SelectMany(_ => Box("free", []))])], "Inconclusive: past a reading limit: more than 100000 structure elements");

        // OOXML: a zip bomb, a DTD bomb, a text flood, a huge central directory.
        yield return Case("docx-zip-bomb-1GB", "x.docx", () => Zip(("docProps/custom.xml", new RepeatingStream([], " "u8.ToArray(), 256L << 20))), "Inconclusive: past a reading limit: docProps/custom.xml is 268435456 bytes, larger than the 4194304-byte limit");
        yield return Case("docx-custom-xml-entity-expansion", "x.docx", () => Zip(("docProps/custom.xml", new MemoryStream(Encoding.UTF8.GetBytes(LaughsXml("Properties"))))), "Inconclusive: malformed: docProps/custom.xml is not well-formed XML");
        yield return Case("docx-custom-xml-300k-text-pieces", "x.docx", () => Zip(("docProps/custom.xml", new MemoryStream(Encoding.UTF8.GetBytes(
            "<Properties><property name=\"AIGC\"><v>" + string.Concat(Enumerable.Repeat("<![CDATA[x]]>", 300_000)) + "</v></property></Properties>")))), "Noncompliant: AIGC002 the value is not a JSON object");
        yield return Case("docx-200k-entries", "x.docx", () => ManyEntries(200_000), "Inconclusive: past a reading limit: the ZIP package declares 200000 entries, more than the 100000 read");

        // PDF: a cross-reference chain that loops, a stream that claims a terabyte, nesting in the information dictionary.
        yield return Case("pdf-cyclic-xref", "x.pdf", CyclicXrefPdf, "Inconclusive: malformed: PDF: the /Prev");
        yield return Case("pdf-stream-length-1TB", "x.pdf", () => Pdf("<< /Length 1099511627776 >>\nstream\nq\nendstream"), "NotFound: no implicit label in the PDF metadata");
        yield return Case("pdf-info-nesting-50k", "x.pdf", () => Pdf("<< /AIGC " + new string('[', 50_000) + new string(']', 50_000) + " >>", infoObject: true), "Inconclusive: malformed: PDF: objects nes");

        // Markdown front matter: nesting that would recurse, an alias bomb, a file cut inside it.
        yield return Case("markdown-front-matter-nesting-30k", "x.md", () => Encoding.UTF8.GetBytes("---\nAIGC: " + new string('[', 30_000) + new string(']', 30_000) + "\n---\n"), "Inconclusive: malformed: the front matter is refused at line");
        yield return Case("markdown-front-matter-alias-bomb", "x.md", () => Encoding.UTF8.GetBytes("---\n" + HostileCases.AliasBomb(string.Empty, "AIGC") + "---\n"), "Inconclusive: malformed: the front matter is refused at line");
        yield return Case("markdown-truncated-front-matter", "x.md", () => "---\nAIGC: '{\"Label\":\"1\""u8.ToArray(), "Inconclusive: truncated: the front matter opened with '---' never closes");

        // A name is only a name: traversal and control characters in it neither open anything nor reach the reason.
        yield return Case("name-traversal-and-controls", "../../../etc/passwd\n::error::forged\u202e.md", () => "# no front matter\n"u8.ToArray(), "NotFound: no implicit label in the Markdown metadata");
    }

    /// <param name="expected">The start of the outcome: the verdict, its reason's category and the reason.</param>
    private static HostileCase Case(string name, string fileName, Func<byte[]> bytes, string expected)
    {
        var input = new Lazy<byte[]>(bytes);
        return HostileCase.Outcome("label", name, () => Describe(new LabelScanner().Check(fileName, new MemoryRangeSource(input.Value))), expected) with
        {
            Prepare = () => _ = input.Value,
        };
    }

    /// <summary>The verdict and reason, as the suite checks them; the findings' messages follow on the same line.</summary>
    private static string Describe(AigcLabelResult result) =>
        $"{result.Verdict}: {result.Reason} [{string.Join("; ", result.Findings.Select(f => $"{f.RuleId} {f.Message}"))}]";

    private static byte[] U32(uint value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        return b;
    }

    private static byte[] U64(ulong value)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(b, value);
        return b;
    }

    private static byte[] Raw(uint length, string type, byte[] rest) => [.. U32(length), .. Encoding.ASCII.GetBytes(type), .. rest];

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type);
        return [.. U32((uint)data.Length), .. typed, .. data, .. U32(Crc32([.. typed, .. data]))];
    }

    private static uint Crc32(byte[] data)
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

        return ~crc;
    }

    private static byte[] Png(byte[] body) =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", [.. U32(1), .. U32(1), 8, 2, 0, 0, 0]), .. body, .. Chunk("IEND", [])];

    private static byte[] ZlibZeros(long count)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (long written = 0; written < count; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        return output.ToArray();
    }

    private static string LaughsXml(string root) =>
        "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY a \"aaaaaaaaaa\">" +
        string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">")) +
        "]><" + root + " AIGC=\"&j;\"/>";

    private static byte[] Box(string type, byte[] payload) => [.. U32((uint)(8 + payload.Length)), .. Encoding.ASCII.GetBytes(type), .. payload];

    private static byte[] NestedWav(int depth)
    {
        // LIST(INFO) inside LIST(INFO) ... each 12 bytes of header; sizes computed from the inside out.
        var body = new byte[depth * 12];
        for (var level = 0; level < depth; level++)
        {
            var at = level * 12;
            var size = (uint)(((depth - level) * 12) - 8);
            "LIST"u8.CopyTo(body.AsSpan(at));
            BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(at + 4), size);
            "INFO"u8.CopyTo(body.AsSpan(at + 8));
        }

        byte[] fmt = [.. "fmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xAC, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0];
        var riff = new byte[12 + fmt.Length + body.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)(riff.Length - 8));
        "WAVE"u8.CopyTo(riff.AsSpan(8));
        fmt.CopyTo(riff.AsSpan(12));
        body.CopyTo(riff.AsSpan(12 + fmt.Length));
        return riff;
    }

    private static byte[] Zip(params (string Name, Stream Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var target = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                content.CopyTo(target);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ManyEntries(int count)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry(i.ToString("x", System.Globalization.CultureInfo.InvariantCulture), CompressionLevel.NoCompression);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Pdf(string fourth, bool infoObject = false)
    {
        var objects = new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", "<< /Producer (test) >>", fourth };
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info {(infoObject ? 4 : 3)} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static byte[] CyclicXrefPdf()
    {
        // Two cross-reference sections whose /Prev entries point at each other.
        var head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        var first = head.Length;
        var section = "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n";
        var trailerA = $"trailer\n<< /Size 3 /Root 1 0 R /Prev {{0}} >>\n";
        var a = section + string.Format(System.Globalization.CultureInfo.InvariantCulture, trailerA, "SECONDXX");
        var second = first + a.Length;
        a = section + string.Format(System.Globalization.CultureInfo.InvariantCulture, trailerA, second.ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
        var b = section + $"trailer\n<< /Size 3 /Root 1 0 R /Prev {first:D8} >>\n";
        return Encoding.ASCII.GetBytes(head + a + b + $"startxref\n{second}\n%%EOF\n");
    }
}
