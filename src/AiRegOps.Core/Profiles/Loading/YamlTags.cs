using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// YAML tags are honoured or refused, never ignored: <c>!!str true</c> is the string "true" (a boolean field refuses
/// it), <c>!!bool</c>, <c>!!int</c> and <c>!!null</c> must match their value, <c>!!map</c> and <c>!!seq</c> their
/// node; any other tag (<c>!!binary</c>, <c>!!timestamp</c>, local <c>!tags</c>) is an error, since a profile has no
/// use for it and another tool would read the value differently.
/// </summary>
internal static class YamlTags
{
    private const string Prefix = "tag:yaml.org,2002:";

    public static Node Scalar(Scalar scalar, ErrorCollector errors, int line, int column)
    {
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (scalar.Tag.IsEmpty)
        {
            return new ScalarNode(scalar.Value, plain, line, column);
        }

        // "!" (non-specific) and !!str both make the value a string, however it reads.
        if (scalar.Tag.IsNonSpecific || scalar.Tag.Value == Prefix + "str")
        {
            return new ScalarNode(scalar.Value, isPlain: false, line, column);
        }

        var resolved = new ScalarNode(scalar.Value, isPlain: true, line, column);
        var matches = scalar.Tag.Value switch
        {
            Prefix + "bool" => scalar.Value is "true" or "false",
            Prefix + "int" => long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            Prefix + "null" => resolved.IsNull || scalar.Value.Length == 0,
            _ => (bool?)null,
        };
        if (matches is null)
        {
            errors.Add(line, column, "(document)", $"the YAML tag '{Shown(scalar.Tag)}' is not supported in a profile; write the value without a tag");
            return new InvalidNode(line, column);
        }

        if (matches == false)
        {
            errors.Add(line, column, "(document)", $"the value {resolved.Describe()} does not match its tag '{Shown(scalar.Tag)}'");
            return new InvalidNode(line, column);
        }

        return resolved;
    }

    public static Node Collection(TagName tag, string expected, Node node, ErrorCollector errors)
    {
        if (tag.IsEmpty || tag.IsNonSpecific || tag.Value == expected)
        {
            return node;
        }

        errors.Add(node.Line, node.Column, "(document)", $"the YAML tag '{Shown(tag)}' is not supported in a profile; write the {(node is MappingNode ? "mapping" : "list")} without a tag");
        return new InvalidNode(node.Line, node.Column);
    }

    private static string Shown(TagName tag) =>
        TextSafety.ForMessage(tag.Value.StartsWith(Prefix, StringComparison.Ordinal) ? "!!" + tag.Value[Prefix.Length..] : tag.Value, 60);
}
