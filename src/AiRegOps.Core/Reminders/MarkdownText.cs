using System.Globalization;
using System.Text;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Reminders;

/// <summary>
/// Makes text from profiles (and, for defence in depth, the catalogue) inert in a GitHub issue: one line, no markdown,
/// no HTML, no @mentions, no #references. Deterministic, so the same text always renders the same bytes.
/// </summary>
public static class MarkdownText
{
    /// <summary>Longest piece of text kept from one value; longer text is cut with an ellipsis.</summary>
    public const int MaxLength = 500;

    // Zero-width space: breaks GitHub's mention and reference patterns (which need "@name" or "#123" adjacent)
    // while reading the same to a person.
    private const char Breaker = '\u200B';

    /// <summary>Escapes <paramref name="text"/> for use inside markdown prose or a table cell.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        var lastWasSpace = false;
        var kept = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (kept >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            kept++;
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                // Newlines would start new blocks (headings, lists, tables): every run of white space becomes one space.
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (category == UnicodeCategory.Format)
            {
                // Bidirectional overrides and zero-width characters can disguise text; drop them.
                continue;
            }

            if (!rune.IsAscii)
            {
                builder.Append(rune.ToString());
                continue;
            }

            var c = (char)rune.Value;
            switch (c)
            {
                case '@':
                case '#':
                    // "\@" still renders an @ that GitHub links; the breaker does not.
                    builder.Append(c).Append(Breaker);
                    break;
                case '<' or '>' or '&':
                    TextEscaping.AppendEntity(builder, c);
                    break;
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '/' || c == '%' || c == '$' || c == '?' || c == '^' || c == ':' || c == '=')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        // CommonMark lets any ASCII punctuation be backslash-escaped; doing so stops emphasis, links,
                        // code spans, lists, tables and headings from forming.
                        builder.Append('\\').Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Plain one-line text for an issue title (titles are not rendered as markdown but must stay one line).</summary>
    public static string PlainLine(string? text, int maxLength = 200)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var lastWasSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (category != UnicodeCategory.Format)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString().TrimEnd();
    }
}
