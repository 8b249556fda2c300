using System.Net;
using System.Text;

namespace AiRegOps.Core.IO;

/// <summary>
/// Escaping for every text a profile or a user supplies: HTML (never injected raw), Markdown table cells (which
/// GitHub also renders as HTML), and CSV (RFC 4180, with formula-looking cells defused for spreadsheets).
/// </summary>
public static class TextEscaping
{
    /// <summary>HTML-encodes &lt; &gt; &amp; " and ' so text can go in element content and quoted attributes.</summary>
    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Text safe inside Markdown, including a table cell: markup characters escaped, line breaks flattened.</summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    builder.Append(' ');
                    break;
                case '<' or '>' or '&':
                    AppendEntity(builder, c);
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends the HTML entity of &lt;, &gt; or &amp;: the three characters that would start markup where GitHub renders
    /// Markdown as HTML. Escapers that decide per character call this for those three.
    /// </summary>
    internal static void AppendEntity(StringBuilder builder, char c) => builder.Append(c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Only <, > and & have an entity here."),
    });

    /// <summary>One CSV field: quoted when needed; a leading = + - @ tab or CR gets a ' so spreadsheets do not run it.</summary>
    public static string Csv(string? text)
    {
        var value = text ?? string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(['"', ',', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
