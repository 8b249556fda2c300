using System.Text;
using System.Xml;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Finds AIGC properties in an XMP packet, as attributes (rdf:Description TC260:AIGC="…") or elements
/// (&lt;TC260:AIGC&gt;…&lt;/TC260:AIGC&gt;). XmlReader with DTDs prohibited and no resolver: a packet is untrusted.
/// </summary>
internal static class XmpScanner
{
    public static void Scan(ReadOnlySpan<byte> packet, string carrier, long offset, LabelSink sink)
    {
        var rules = LabelRuleSet.Default;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = packet.Length * 2L + 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            ConformanceLevel = ConformanceLevel.Document,
        };
        var text = TextDecoding.Utf8.GetString(packet).TrimEnd('\0', ' ', '\n', '\r', '\t');
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.HasAttributes)
                {
                    for (var i = 0; i < reader.AttributeCount; i++)
                    {
                        reader.MoveToAttribute(i);
                        if (rules.IsFieldName(reader.LocalName) && !string.Equals(reader.Prefix, "xmlns", StringComparison.Ordinal))
                        {
                            Add(sink, carrier, reader.Name, reader.Value, offset);
                        }
                    }

                    reader.MoveToElement();
                }

                if (rules.IsFieldName(reader.LocalName) && !reader.IsEmptyElement)
                {
                    var name = reader.Name;
                    Add(sink, carrier, name, InnerText(reader), offset);
                }
            }
        }
        catch (XmlException ex)
        {
            throw new LabelFormatException($"the XMP packet in {carrier} is not well-formed XML: {ex.Message}", offset);
        }
    }

    // The text of an element, including text nested in rdf:Alt/rdf:li; stops at the element's end tag.
    private static string InnerText(XmlReader reader)
    {
        var depth = reader.Depth;
        var text = new StringBuilder();
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
        }

        return text.ToString();
    }

    private static void Add(LabelSink sink, string carrier, string name, string value, long offset)
    {
        var decoded = TextDecoding.DecodeEntities(value, out var wasEncoded);
        sink.Add(carrier, name, decoded, offset, entityDecoded: wasEncoded);
    }
}
