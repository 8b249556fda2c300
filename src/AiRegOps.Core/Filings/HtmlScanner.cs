using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AiRegOps.Core.Filings;

/// <summary>
/// A small forgiving HTML scanner: enough to find text and links with their source positions, without a parser
/// dependency. Skips comments, scripts, styles and templates (not visible as served); decodes entities.
/// </summary>
internal static partial class HtmlScanner
{
    private static readonly string[] HiddenElements = ["script", "style", "template", "noscript"];

    public static HtmlScan Scan(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var offsets = new List<int>(html.Length / 2);
        var anchors = new List<HtmlAnchor>();
        (string Href, string Extra, int Offset, int TextStart)? open = null;
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var end = html.IndexOf('<', i);
                end = end < 0 ? html.Length : end;
                AppendText(html, i, end, text, offsets);
                i = end;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var tagEnd = html.IndexOf('>', i);
            if (tagEnd < 0)
            {
                AppendText(html, i, html.Length, text, offsets);
                break;
            }

            var tag = html[(i + 1)..tagEnd];
            var name = TagName(tag);
            var closing = tag.StartsWith('/');
            if (!closing && HiddenElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (name == "a" && !closing)
            {
                var attributes = Attributes(tag);
                open = (attributes.GetValueOrDefault("href") ?? string.Empty,
                    string.Join(' ', new[] { attributes.GetValueOrDefault("title"), attributes.GetValueOrDefault("aria-label") }.Where(s => !string.IsNullOrEmpty(s))),
                    i, text.Length);
            }
            else if (name == "a" && open is { } anchor)
            {
                var inner = text.ToString(anchor.TextStart, text.Length - anchor.TextStart);
                anchors.Add(new HtmlAnchor(anchor.Href, (inner + " " + anchor.Extra).Trim(), anchor.Offset, anchor.TextStart, text.Length));
                open = null;
            }
            else if (name is "img" && Attributes(tag).GetValueOrDefault("alt") is { Length: > 0 } alt)
            {
                Append(" " + alt + " ", i, text, offsets);
            }

            // Block-level boundaries separate words the way a browser would.
            Append(" ", i, text, offsets);
            i = tagEnd + 1;
        }

        return new HtmlScan(text.ToString(), [.. offsets], anchors, html);
    }

    private static void AppendText(string html, int start, int end, StringBuilder text, List<int> offsets)
    {
        var decoded = WebUtility.HtmlDecode(html[start..end]);
        for (var k = 0; k < decoded.Length; k++)
        {
            text.Append(decoded[k]);
            offsets.Add(Math.Min(start + k, end - 1));
        }
    }

    private static void Append(string value, int offset, StringBuilder text, List<int> offsets)
    {
        text.Append(value);
        for (var k = 0; k < value.Length; k++)
        {
            offsets.Add(offset);
        }
    }

    private static string TagName(string tag)
    {
        var match = TagNamePattern().Match(tag);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : string.Empty;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AttributePattern().Matches(tag))
        {
            result.TryAdd(match.Groups["name"].Value, WebUtility.HtmlDecode(match.Groups["value"].Value));
        }

        return result;
    }

    [GeneratedRegex(@"^/?\s*([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagNamePattern();

    [GeneratedRegex("""(?<name>[^\s=/>"']+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+))""")]
    private static partial Regex AttributePattern();
}
