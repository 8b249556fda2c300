using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Turns YAML text into <see cref="Node"/> trees, one per document, from YamlDotNet's parser events. Syntax errors
/// become <see cref="ProfileError"/>s with their position; documents before the error are still handed on so that
/// their own problems are reported in the same run.
/// </summary>
internal static partial class YamlTreeReader
{
    /// <summary>Profiles are at most five levels deep; far deeper input is hostile or broken, and must not overflow the stack.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Parses <paramref name="text"/> and hands each document to <paramref name="onDocument"/> as soon as it is
    /// complete, so that only one document's tree is alive at a time: thousands of documents held at once push
    /// their nodes into the oldest garbage-collection generation.
    /// </summary>
    public static void Read(string text, ErrorCollector errors, Action<YamlDocumentNode> onDocument)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, Node>(StringComparer.Ordinal);
        var inCallback = false;
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                anchors.Clear();
                Node? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, anchors, errors, 0);
                parser.Consume<DocumentEnd>();
                inCallback = true;
                onDocument(new YamlDocumentNode(Line(start.Start), Column(start.Start), root));
                inCallback = false;
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException exception)
        {
            var message = Describe(exception);
            var (line, column) = (Line(exception.Start), Column(exception.Start));

            // YamlDotNet reports a tab in indentation at the start of the enclosing mapping, often line 1; the tab
            // itself is what the user must find, so point at it.
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindIndentationTab(text, line) is { } tab)
            {
                (line, column) = tab;
                message = "a tab character is used for indentation; YAML indents with spaces only";
            }

            errors.Add(line, column, "(document)", "YAML syntax error: " + message);
        }
        catch (InvalidOperationException) when (!inCallback)
        {
            // YamlDotNet's scanner throws this, without a position, for a flow collection left open at the end.
            var (line, column, message) = YamlSyntaxError.Locate(text);
            errors.Add(line, column, "(document)", "YAML syntax error: " + message);
        }
    }

    private static Node ReadNode(Parser parser, Dictionary<string, Node> anchors, ErrorCollector errors, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        if (depth > MaxDepth)
        {
            errors.Add(Line(current.Start), Column(current.Start), "(document)", $"nesting deeper than {MaxDepth} levels");
            parser.SkipThisAndNestedEvents();
            return new InvalidNode(Line(current.Start), Column(current.Start));
        }

        Node node;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                errors.Add(Line(alias.Start), Column(alias.Start), "(document)", $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
                return new InvalidNode(Line(alias.Start), Column(alias.Start));

            case Scalar scalar:
                parser.MoveNext();
                node = new ScalarNode(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, Line(scalar.Start), Column(scalar.Start));
                break;

            case SequenceStart sequenceStart:
                parser.MoveNext();
                var sequence = new SequenceNode(Line(sequenceStart.Start), Column(sequenceStart.Start));
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    sequence.Items.Add(ReadNode(parser, anchors, errors, depth + 1));
                }

                node = sequence;
                break;

            case MappingStart mappingStart:
                parser.MoveNext();
                var mapping = new MappingNode(Line(mappingStart.Start), Column(mappingStart.Start));
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, anchors, errors, depth + 1);
                    var value = ReadNode(parser, anchors, errors, depth + 1);
                    mapping.Entries.Add(new MappingEntry(key, value, FindDuplicate(mapping, key)));
                }

                node = mapping;
                break;

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected YAML event {current.GetType().Name}.");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors[anchored.Anchor.Value] = node;
        }

        return node;
    }

    /// <summary>Mappings in a profile have a handful of keys, so a linear scan beats a hash set per mapping.</summary>
    private static ScalarNode? FindDuplicate(MappingNode mapping, Node key)
    {
        if (key is not ScalarNode scalarKey)
        {
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is ScalarNode existing && entry.DuplicateOf is null && string.Equals(existing.Value, scalarKey.Value, StringComparison.Ordinal))
            {
                return existing;
            }
        }

        return null;
    }

    /// <summary>The first tab in the leading whitespace of a line at or after <paramref name="fromLine"/>.</summary>
    private static (int Line, int Column)? FindIndentationTab(string text, int fromLine)
    {
        var line = 1;
        var column = 1;
        var inIndentation = true;
        foreach (var character in text)
        {
            if (character == '\n')
            {
                line++;
                column = 1;
                inIndentation = true;
                continue;
            }

            if (inIndentation && line >= fromLine)
            {
                if (character == '\t')
                {
                    return (line, column);
                }

                inIndentation = character == ' ';
            }

            column++;
        }

        return null;
    }

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    private static int Column(Mark mark) => (int)Math.Max(1, mark.Column);

    /// <summary>YamlDotNet prefixes its messages with the marks; the error already carries the position.</summary>
    internal static string Describe(YamlException exception)
    {
        var message = MarkPrefix().Replace(exception.Message, string.Empty).Trim();
        return message.Length == 0 ? "the text is not valid YAML" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
