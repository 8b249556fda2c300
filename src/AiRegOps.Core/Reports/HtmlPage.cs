using System.Text;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The frame of every HTML output: one self-contained page (inline CSS, no scripts, no external assets) that prints
/// cleanly. Callers escape every text they add with <see cref="TextEscaping.Html"/>.
/// </summary>
internal static class HtmlPage
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2328;line-height:1.5}
        h1{font-size:1.6rem;border-bottom:2px solid #1f2328;padding-bottom:.3rem}
        h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
        h3{font-size:1.05rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}
        .met,.satisfied{color:#1a7f37}.gap,.overdue{color:#cf222e;font-weight:bold}.not-declared,.due{color:#9a6700;font-weight:bold}
        .not-applicable,.upcoming{color:#57606a}
        .note{color:#57606a;font-size:.85rem}
        .en{color:#424a53}
        .timeline{margin:1rem 0 2rem}
        .lane,.axis{display:flex;align-items:stretch}
        .lane{height:2rem;border-bottom:1px dashed #d0d7de}
        .lane-name{flex:0 0 11rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.75rem;color:#57606a;padding:.5rem .5rem 0 0;text-align:right}
        .track{position:relative;flex:1 1 auto;border-left:1px solid #d0d7de;margin-right:3rem}
        .mark{position:absolute;top:.6rem;width:.8rem;height:.8rem;border-radius:50%;margin-left:-.4rem;border:1px solid #1f2328;box-sizing:border-box}
        .mark.overdue{background:#cf222e}.mark.due{background:#d4a72c}.mark.upcoming{background:#8c959f}.mark.satisfied{background:#2da44e}.mark.past-policy-target{background:#bf8700}
        .axis{height:1.4rem;font-size:.7rem;color:#57606a}
        .tick{position:absolute;top:0;border-left:1px solid #8c959f;padding-left:2px;height:1.2rem;white-space:nowrap}
        .today{position:absolute;top:0;bottom:0;border-left:2px solid #0969da}
        .count{font-size:.75rem;color:#57606a}
        @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr,.lane{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    public static StringBuilder Open(string title)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(TextEscaping.Html(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(TextEscaping.Html(title)).Append("</h1>\n");
        return html;
    }

    public static string Close(StringBuilder html)
    {
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A CSS class from a status label, e.g. NotDeclared → "not-declared".</summary>
    public static string Class<TEnum>(TEnum value)
        where TEnum : struct, Enum => KebabName<TEnum>.Of(value);
}
