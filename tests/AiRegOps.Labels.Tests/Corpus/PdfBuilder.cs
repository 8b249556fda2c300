using System.IO.Compression;
using System.Text;

namespace AiRegOps.Labels.Tests.Corpus;

/// <summary>
/// Builds PDFs by hand from ISO 32000-1 (not with the product's reader): classic cross-reference tables, incremental
/// updates appended with /Prev, and cross-reference streams with object streams and the PNG Up predictor.
/// </summary>
internal static class PdfBuilder
{
    public const string Catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    public const string Pages = "<< /Type /Pages /Kids [] /Count 0 >>";

    public static string Literal(string s) => "(" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";

    public static string Info(string? label, string title = "A test document") =>
        "<< /Title " + Literal(title) + (label is null ? string.Empty : " /AIGC " + Literal(label)) + " >>";

    /// <summary>A one-revision PDF whose objects are numbered from 1; returns the bytes and the xref offset.</summary>
    public static (byte[] Bytes, long Xref) Classic(IReadOnlyList<string> objects, string trailerExtra = "/Root 1 0 R /Info 3 0 R")
    {
        var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Length);
            Write(output, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Length;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        Write(output, table + $"trailer\n<< /Size {objects.Count + 1} {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return (output.ToArray(), xref);
    }

    /// <summary>Appends an incremental update that (re)defines the given objects, its trailer pointing back with /Prev.</summary>
    public static (byte[] Bytes, long Xref) Update(byte[] original, long previousXref, IReadOnlyDictionary<int, string> objects, int size, string trailerExtra = "/Root 1 0 R /Info 3 0 R")
    {
        var output = new MemoryStream();
        output.Write(original);
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Length;
            Write(output, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = output.Length;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets)
        {
            table.Append($"{number} 1\n{offset:D10} 00000 n \n");
        }

        Write(output, table + $"trailer\n<< /Size {size} {trailerExtra} /Prev {previousXref} >>\nstartxref\n{xref}\n%%EOF\n");
        return (output.ToArray(), xref);
    }

    /// <summary>
    /// A PDF 1.5 file: catalogue and pages in the file, the information dictionary (object 3) inside an object stream
    /// (object 4), a cross-reference stream (object 5) compressed with the PNG Up predictor.
    /// </summary>
    public static byte[] WithObjectStreams(string info)
    {
        var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        var offsets = new long[6];
        offsets[1] = output.Length;
        Write(output, $"1 0 obj\n{Catalog}\nendobj\n");
        offsets[2] = output.Length;
        Write(output, $"2 0 obj\n{Pages}\nendobj\n");

        var header = "3 0 ";
        var objectStream = Deflate(Encoding.Latin1.GetBytes(header + info));
        offsets[4] = output.Length;
        Write(output, $"4 0 obj\n<< /Type /ObjStm /N 1 /First {header.Length} /Length {objectStream.Length} /Filter /FlateDecode >>\nstream\n");
        output.Write(objectStream);
        Write(output, "\nendstream\nendobj\n");

        offsets[5] = output.Length;
        var rows = new List<byte[]>
        {
            Row(0, 0, 65535),
            Row(1, offsets[1], 0),
            Row(1, offsets[2], 0),
            Row(2, 4, 0),
            Row(1, offsets[4], 0),
            Row(1, offsets[5], 0),
        };
        var predicted = new MemoryStream();
        var previous = new byte[7];
        foreach (var row in rows)
        {
            predicted.WriteByte(2);
            for (var i = 0; i < row.Length; i++)
            {
                predicted.WriteByte((byte)(row[i] - previous[i]));
            }

            previous = row;
        }

        var xrefStream = Deflate(predicted.ToArray());
        Write(output, $"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Info 3 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length {xrefStream.Length} >>\nstream\n");
        output.Write(xrefStream);
        Write(output, $"\nendstream\nendobj\nstartxref\n{offsets[5]}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Row(byte type, long second, int third) =>
        [type, (byte)(second >> 24), (byte)(second >> 16), (byte)(second >> 8), (byte)second, (byte)(third >> 8), (byte)third];

    private static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
