using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reports;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiRegOps.Core.Gate;

/// <summary>
/// Reads a waiver file: YAML (JSON is accepted too, as YAML reads it) with a top-level <c>waivers</c> list. Each
/// waiver has <c>service</c>, <c>obligation</c>, <c>reason</c>, <c>expires</c> (yyyy-MM-dd) and an optional
/// <c>period</c>. Every problem names the file, line, column and field.
/// </summary>
public static class WaiverFile
{
    private static readonly string[] Keys = ["service", "obligation", "period", "reason", "expires"];

    public static IReadOnlyList<Waiver> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ComplianceInputException("-WaiverFile", "an existing waiver file (YAML or JSON)", path);
        }

        if (new FileInfo(path).Length > YamlLimits.MaxSmallFileLength)
        {
            throw new WaiverFileException(path, 1, 1, null, $"the file is larger than {YamlLimits.MaxSmallFileLength:N0} bytes; a waiver file is a short list");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<Waiver> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (YamlLimits.Check(text) is { } limit)
        {
            throw new WaiverFileException(sourceName, limit.Line, limit.Column, null, limit.Problem);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new WaiverFileException(sourceName, (int)ex.Start.Line, (int)ex.Start.Column, null, "YAML syntax error: " + TextSafety.ForMessage(YamlTreeReader.Describe(ex), 600), ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, without a position, for a flow collection left open at the end.
            var (line, column, message) = YamlSyntaxError.Locate(text);
            throw new WaiverFileException(sourceName, line, column, null, "YAML syntax error: " + message, ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            throw Error(sourceName, root, null, "expected a mapping with a 'waivers' list");
        }

        foreach (var key in mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: not "waivers" } unknown)
            {
                throw Error(sourceName, key, unknown.Value, "unknown field; expected 'waivers'");
            }
        }

        if (!mapping.Children.TryGetValue(new YamlScalarNode("waivers"), out var list))
        {
            throw Error(sourceName, root, "waivers", "missing; expected a list of waivers");
        }

        if (list is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (list is not YamlSequenceNode sequence)
        {
            throw Error(sourceName, list, "waivers", "expected a list of waivers");
        }

        return sequence.Children.Select((node, i) => Read(sourceName, node, $"waivers[{i}]")).ToList();
    }

    private static Waiver Read(string file, YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(file, node, path, "expected a mapping with service, obligation, reason and expires");
        }

        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!Keys.Contains(name, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.Closest(name, Keys);
                throw Error(file, key, $"{path}.{name}", $"unknown field{(suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")} Expected: {string.Join(", ", Keys)}");
            }
        }

        var expiresText = Required(file, map, path, "expires");
        if (!DateInput.TryParse(expiresText, out var expires))
        {
            throw Error(file, map.Children[new YamlScalarNode("expires")], $"{path}.expires", $"expected {DateInput.Expected}, got '{TextSafety.ForMessage(expiresText, 80)}'");
        }

        return new Waiver
        {
            Service = Required(file, map, path, "service"),
            Obligation = Required(file, map, path, "obligation"),
            Period = Optional(file, map, path, "period"),
            Reason = Required(file, map, path, "reason"),
            Expires = expires,
            Source = new SourceLocation(file, (int)map.Start.Line, (int)map.Start.Column),
        };
    }

    private static string Required(string file, YamlMappingNode map, string path, string key) =>
        Optional(file, map, path, key) ?? throw Error(file, map, $"{path}.{key}", "missing; every waiver needs service, obligation, reason and expires");

    private static string? Optional(string file, YamlMappingNode map, string path, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            throw Error(file, value, $"{path}.{key}", "expected a single value");
        }

        return string.IsNullOrWhiteSpace(scalar.Value) ? throw Error(file, value, $"{path}.{key}", "must not be empty") : scalar.Value.Trim();
    }

    // Field names and values come from the file: one line each, short, escaped.
    private static WaiverFileException Error(string file, YamlNode node, string? field, string problem) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, field is null ? null : TextSafety.ForMessage(field, 200), TextSafety.ForMessage(problem, 600));
}
