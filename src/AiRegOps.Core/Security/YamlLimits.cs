using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiRegOps.Core;

/// <summary>
/// The bounds every small YAML input (waiver files) is held to before a YamlDotNet representation is built from it:
/// size, nesting (checked while reading, so a deep flow collection stops at the limit rather than being scanned to the
/// end), and alias expansion. The profile reader enforces the same limits in its own event loop.
/// </summary>
public static class YamlLimits
{
    public const int MaxSmallFileLength = 1024 * 1024;
    public const int MaxDepth = 64;
    public const long MaxExpandedNodes = 100_000;

    /// <summary>The first limit <paramref name="text"/> breaks, with its 1-based position, or null.</summary>
    public static (int Line, int Column, string Problem)? Check(string text, int maxLength = MaxSmallFileLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > maxLength)
        {
            return (1, 1, $"the file is {text.Length:N0} characters; at most {maxLength:N0} are read");
        }

        var parser = new Parser(new StringReader(text));
        var depth = 0;
        long expanded = 0;
        var weights = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long StartCount)>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart:
                        weights.Clear();
                        expanded = 0;
                        break;
                    case AnchorAlias alias:
                        expanded += weights.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    case Scalar scalar:
                        expanded++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            weights[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case NodeEvent start when current is SequenceStart or MappingStart:
                        if (++depth > MaxDepth)
                        {
                            return (Line(current.Start), Column(current.Start), $"nesting deeper than {MaxDepth} levels; reading stopped here");
                        }

                        expanded++;
                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, expanded));
                        break;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        var (anchor, startCount) = open.Pop();
                        if (anchor is not null)
                        {
                            weights[anchor] = expanded - startCount + 1;
                        }

                        break;
                }

                if (expanded > MaxExpandedNodes)
                {
                    return (Line(current.Start), Column(current.Start), $"aliases expand the file to more than {MaxExpandedNodes:N0} values (refusing an alias bomb)");
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Syntax errors are the caller's to report, with its own wording (YamlDotNet's scanner throws
            // InvalidOperationException, without a position, for a flow collection left open).
            return null;
        }

        return null;
    }

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    private static int Column(Mark mark) => (int)Math.Max(1, mark.Column);
}
