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
    public const int MaxDepth = 64;

    /// <summary>
    /// The most nodes a document may stand for once its aliases are expanded. A profile has a few hundred; a document
    /// of aliases to aliases ("billion laughs") stands for billions, and validating it would visit every one.
    /// </summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>
    /// Parses <paramref name="text"/> and hands each document to <paramref name="onDocument"/> as soon as it is
    /// complete, so that only one document's tree is alive at a time: thousands of documents held at once push
    /// their nodes into the oldest garbage-collection generation.
    /// </summary>
    public static void Read(string text, ErrorCollector errors, Action<YamlDocumentNode> onDocument)
    {
        var parser = new Parser(new StringReader(text));
        var state = new ReadState(errors);
        var inCallback = false;
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                state.StartDocument();
                Node? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, state, 0).Node;
                parser.Consume<DocumentEnd>();
                if (state.Expanded > MaxExpandedNodes)
                {
                    // Too large once expanded: report it once, and do not hand it on to be walked.
                    errors.Add(Line(start.Start), Column(start.Start), "(document)", $"aliases expand this document to more than {MaxExpandedNodes:N0} values; a profile needs a few hundred (refusing an alias bomb)");
                    root = new InvalidNode(Line(start.Start), Column(start.Start));
                }

                inCallback = true;
                onDocument(new YamlDocumentNode(Line(start.Start), Column(start.Start), root));
                inCallback = false;
            }

            parser.Consume<StreamEnd>();
        }
        catch (TooDeepException deep)
        {
            // Stopped while reading: skipping the rest of a deep flow collection would cost the scanner quadratic time.
            errors.Add(deep.Line, deep.Column, "(document)", $"nesting deeper than {MaxDepth} levels; reading stopped here");
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

    private static (Node Node, long Weight) ReadNode(Parser parser, ReadState state, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        if (depth > MaxDepth)
        {
            throw new TooDeepException(Line(current.Start), Column(current.Start));
        }

        Node node;
        long weight = 1;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (state.Anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    // An alias stands for its whole target: count it again, so repeated aliases are paid for.
                    state.Expanded = Math.Min(long.MaxValue / 2, state.Expanded + target.Weight);
                    return (target.Node, target.Weight);
                }

                state.Errors.Add(Line(alias.Start), Column(alias.Start), "(document)", $"alias '*{TextSafety.ForMessage(alias.Value.Value, 40)}' refers to no anchor defined before it");
                return (new InvalidNode(Line(alias.Start), Column(alias.Start)), 1);

            case Scalar scalar:
                parser.MoveNext();
                state.Expanded++;
                node = YamlTags.Scalar(scalar, state.Errors, Line(scalar.Start), Column(scalar.Start));
                break;

            case SequenceStart sequenceStart:
                parser.MoveNext();
                state.Expanded++;
                var sequence = new SequenceNode(Line(sequenceStart.Start), Column(sequenceStart.Start));
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var (item, itemWeight) = ReadNode(parser, state, depth + 1);
                    sequence.Items.Add(item);
                    weight = Math.Min(long.MaxValue / 2, weight + itemWeight);
                }

                node = YamlTags.Collection(sequenceStart.Tag, "tag:yaml.org,2002:seq", sequence, state.Errors);
                break;

            case MappingStart mappingStart:
                parser.MoveNext();
                state.Expanded++;
                var mapping = new MappingNode(Line(mappingStart.Start), Column(mappingStart.Start));
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var (key, keyWeight) = ReadNode(parser, state, depth + 1);
                    var (value, valueWeight) = ReadNode(parser, state, depth + 1);
                    mapping.Entries.Add(new MappingEntry(key, value, FindDuplicate(mapping, key)));
                    weight = Math.Min(long.MaxValue / 2, weight + keyWeight + valueWeight);
                }

                node = YamlTags.Collection(mappingStart.Tag, "tag:yaml.org,2002:map", mapping, state.Errors);
                break;

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected YAML event {current.GetType().Name}.");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            state.Anchors[anchored.Anchor.Value] = (node, weight);
        }

        return (node, weight);
    }

    /// <summary>What one read carries from node to node: anchors, how much the document expands to, the errors.</summary>
    private sealed class ReadState(ErrorCollector errors)
    {
        public ErrorCollector Errors { get; } = errors;

        public Dictionary<string, (Node Node, long Weight)> Anchors { get; } = new(StringComparer.Ordinal);

        /// <summary>Values read so far in this document, aliases counted at their full size.</summary>
        public long Expanded { get; set; }

        public void StartDocument()
        {
            Anchors.Clear();
            Expanded = 0;
        }
    }

    private sealed class TooDeepException(int line, int column) : Exception
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
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
