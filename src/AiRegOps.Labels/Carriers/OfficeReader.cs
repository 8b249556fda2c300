using System.IO.Compression;
using System.Xml;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Word, Excel and PowerPoint (OOXML): the docProps/custom.xml property whose name contains AIGC (TC260-PG-20258A).
/// ZipArchive reads the central directory and that one entry; DocumentFormat.OpenXml would open the whole package
/// for one part, which the speed target does not allow.
/// </summary>
public sealed class OfficeReader(string format) : ICarrierReader
{
    private const string CustomPart = "docProps/custom.xml";

    public string Format { get; } = format;

    public static bool Matches(ReadOnlySpan<byte> head, string? name) =>
        head.StartsWith("PK\x03\x04"u8) && OfficeFormat(name) is not null;

    public static string? OfficeFormat(string? name) => Path.GetExtension(name ?? string.Empty).ToUpperInvariant() switch
    {
        ".DOCX" or ".DOCM" or ".DOTX" => "DOCX",
        ".XLSX" or ".XLSM" or ".XLTX" => "XLSX",
        ".PPTX" or ".PPTM" or ".POTX" => "PPTX",
        _ => null,
    };

    public void Read(RangeReader reader, LabelSink sink)
    {
        try
        {
            ZipDirectory.CheckEntryCount(reader);
            using var archive = new ZipArchive(new RangeStream(reader), ZipArchiveMode.Read, leaveOpen: false);
            var parts = archive.Entries.Where(e => string.Equals(e.FullName, CustomPart, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var part in parts)
            {
                if (part.Length > reader.Limits.MaxItemBytes)
                {
                    throw new LabelLimitException($"{CustomPart} is {part.Length} bytes, larger than the {reader.Limits.MaxItemBytes}-byte limit");
                }

                using var stream = part.Open();
                var xml = BoundedRead.All(stream, reader.Limits.MaxItemBytes, CustomPart);
                Scan(xml, sink);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or IOException and not EndOfStreamException)
        {
            // ZipArchive reports some damaged headers (negative sizes) as ArgumentOutOfRangeException.
            throw new LabelFormatException($"the ZIP package is damaged: {ex.Message}", 0, truncated: true);
        }
        catch (XmlException ex)
        {
            throw new LabelFormatException($"{CustomPart} is not well-formed XML: line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}", 0);
        }
    }

    private static void Scan(byte[] xml, LabelSink sink)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "property")
            {
                continue;
            }

            var name = reader.GetAttribute("name");
            if (name is null || !LabelRuleSet.Default.IsFieldName(name) || reader.IsEmptyElement)
            {
                continue;
            }

            var depth = reader.Depth;
            var value = new System.Text.StringBuilder();
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    // Appended, not concatenated: a value in 300,000 pieces cost minutes as string concatenation.
                    value.Append(reader.Value);
                }
            }

            sink.Add($"OOXML {CustomPart} property", name, value.ToString(), 0);
        }
    }
}
