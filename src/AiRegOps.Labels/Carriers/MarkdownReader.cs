using System.Text;
using System.Text.Json;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Markdown: the YAML front matter key containing AIGC (TC260-PG-20258A), as a JSON string or a nested mapping.
/// Annex E keys written at the top level instead (the observed "Label: AIGC" shape) are reported as a loose label, so
/// the field-name and value rules can say what is wrong. The front matter is read within the first 64 KiB.
/// </summary>
public sealed class MarkdownReader : ICarrierReader
{
    private const int MaxFrontMatter = 64 * 1024;

    public string Format => "Markdown";

    public static bool Matches(string? name) =>
        Path.GetExtension(name ?? string.Empty).ToUpperInvariant() is ".MD" or ".MARKDOWN" or ".MDX";

    public void Read(RangeReader reader, LabelSink sink)
    {
        // Most front matter closes within the first window; read up to 64 KiB only when it does not. Only the front
        // matter itself is decoded: the body of the page is never turned into text.
        var head = Head(reader, reader.Limits.WindowBytes);
        if (head.Length < 5 && "---\n"u8.StartsWith(head))
        {
            throw new LabelFormatException("the file ends inside the opening '---' of front matter", reader.Length, truncated: true);
        }

        if (!(head.StartsWith("---\n"u8) || head.StartsWith("---\r\n"u8)))
        {
            return; // no front matter
        }

        var close = FindClose(head);
        if (close < 0 && reader.Length > reader.Limits.WindowBytes)
        {
            head = Head(reader, MaxFrontMatter);
            close = FindClose(head);
        }

        if (close < 0)
        {
            throw new LabelFormatException(reader.Length > MaxFrontMatter
                ? $"the front matter does not close within the first {MaxFrontMatter} bytes"
                : "the front matter opened with '---' never closes", 0, truncated: reader.Length <= MaxFrontMatter);
        }

        var yaml = TextDecoding.Utf8.GetString(head[(head.IndexOf((byte)'\n') + 1)..close]);
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException ex)
        {
            throw new LabelFormatException($"the front matter is not valid YAML: line {ex.Start.Line + 1}, column {ex.Start.Column}: {ex.Message}", 0);
        }

        if (root is null)
        {
            return;
        }

        var rules = LabelRuleSet.Default;
        var loose = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (rules.IsFieldName(key))
            {
                sink.Add("Markdown front matter", key, ToJsonText(valueNode), keyNode.Start.Index);
            }
            else if (rules.Keys.Any(k => k.Name == key) && valueNode is YamlScalarNode scalar)
            {
                loose[key] = scalar.Value ?? string.Empty;
            }
        }

        if (loose.Count > 0)
        {
            sink.Add("Markdown front matter", "(top-level keys)", JsonSerializer.Serialize(loose), 0, loose: true);
        }
    }

    private static ReadOnlySpan<byte> Head(RangeReader reader, int bytes)
    {
        var head = reader.Get(0, (int)Math.Min(reader.Length, bytes));
        return head.StartsWith("\uFEFF"u8) ? head[3..] : head;
    }

    /// <summary>The offset of the line that closes the front matter ("---" or "..."), or -1.</summary>
    private static int FindClose(ReadOnlySpan<byte> text)
    {
        var at = text.IndexOf((byte)'\n') + 1;
        while (at > 0 && at < text.Length)
        {
            var end = text[at..].IndexOf((byte)'\n');
            var line = end < 0 ? text[at..] : text.Slice(at, end);
            if (line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            if (line.SequenceEqual("---"u8) || line.SequenceEqual("..."u8))
            {
                return at;
            }

            if (end < 0)
            {
                return -1;
            }

            at += end + 1;
        }

        return -1;
    }

    // A scalar is the JSON text itself; a mapping is turned into the JSON object it describes (values as strings).
    private static string ToJsonText(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Value ?? string.Empty;
            case YamlMappingNode mapping:
                using (var buffer = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(buffer))
                    {
                        writer.WriteStartObject();
                        foreach (var (k, v) in mapping.Children)
                        {
                            var name = (k as YamlScalarNode)?.Value ?? string.Empty;
                            if (v is YamlScalarNode s)
                            {
                                writer.WriteString(name, s.Value);
                            }
                            else
                            {
                                writer.WriteNull(name);
                            }
                        }

                        writer.WriteEndObject();
                    }

                    return Encoding.UTF8.GetString(buffer.ToArray());
                }
            default:
                return string.Empty;
        }
    }
}
