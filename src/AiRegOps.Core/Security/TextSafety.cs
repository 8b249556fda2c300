namespace AiRegOps.Core;

/// <summary>
/// Characters that must not reach a name, a key or a log line from untrusted input: C0/C1 controls (a newline can
/// start a forged CI log command such as <c>::error</c>) and the Unicode bidirectional overrides and isolates, which make
/// a name read differently from how it is stored.
/// </summary>
public static class TextSafety
{
    /// <summary>The first forbidden character of <paramref name="value"/>, or null.</summary>
    /// <param name="value">The text to check.</param>
    /// <param name="allowLineBreaks">Whether tab, CR and LF are allowed (free text such as notes).</param>
    public static char? FirstForbidden(string value, bool allowLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (IsForbidden(c, allowLineBreaks))
            {
                return c;
            }
        }

        return null;
    }

    public static bool IsForbidden(char c, bool allowLineBreaks) =>
        (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')) || IsBidiControl(c);

    /// <summary>U+202A-U+202E (embeddings, overrides), U+2066-U+2069 (isolates), U+200E/U+200F and U+061C (marks).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>
    /// Text safe to put on one line of a message: controls shown as <c>\n</c>, <c>\u001b</c>…, bidi controls as
    /// <c>\u202e</c>, and cut to <paramref name="maxLength"/> characters with an ellipsis and the full length.
    /// </summary>
    public static string ForMessage(string? value, int maxLength = 200)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(Math.Min(value.Length, maxLength) + 16);
        foreach (var c in value)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append($"… ({value.Length:N0} characters)");
                return builder.ToString();
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when IsForbidden(c, allowLineBreaks: false) => builder.Append($"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
