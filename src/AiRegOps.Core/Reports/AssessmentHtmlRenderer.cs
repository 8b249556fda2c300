using System.Text;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The SA2018 Art. 6 report as one self-contained, printable HTML page that can be handed in: Chinese body text first
/// with the English below it, citations to the regulation and article, profile locations relative to the profile.
/// Every profile text is escaped.
/// </summary>
public static class AssessmentHtmlRenderer
{
    public static string Render(SecurityAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var info = result.BasicInfo;
        var html = HtmlPage.Open($"安全评估报告 / Security assessment report: {info.DisplayName ?? result.Service}");
        html.Append("<p>依据《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》（SA2018）开展的安全评估。评估日期：").Append(Iso.Date(result.AsOf)).Append("。</p>\n")
            .Append("<p class=\"en\">Security assessment under the Provisions on the Security Assessment of Internet Information Services with Public-Opinion Attributes or Social-Mobilisation Capability (SA2018). Assessed on ")
            .Append(Iso.Date(result.AsOf)).Append(".</p>\n");

        Heading(html, ReportLabels.BasicInformation);
        html.Append("<table>\n");
        Row(html, "服务 / Service", result.Service);
        Row(html, "服务提供者 / Provider", info.Provider + (info.CreditCode is null ? string.Empty : $" ({info.CreditCode})"));
        Row(html, "功能 / Functions", Join(info.Functions));
        Row(html, "服务范围 / Scope", Join(info.Scope));
        Row(html, "部署地点 / Deployment locations", Join(info.DeploymentLocations));
        Row(html, "取得的许可 / Licences", Join(info.Licences));
        Row(html, "上线日期 / Launched on", info.LaunchedOn is { } d ? Iso.Date(d) : null);
        html.Append("</table>\n");

        Heading(html, ReportLabels.Triggers);
        if (result.Triggers.Count == 0)
        {
            html.Append("<p>服务画像中未发现评估触发情形。</p>\n<p class=\"en\">None found in the profile.</p>\n");
        }
        else
        {
            html.Append("<table>\n<tr><th>情形 / Trigger</th><th>日期 / Date</th><th>依据 / Basis</th><th>评估 / Assessment</th></tr>\n");
            foreach (var t in result.Triggers)
            {
                html.Append("<tr><td>").Append(H(ControlWording.Trigger(t.Kind))).Append("<br><span class=\"en\">").Append(H(t.Description)).Append("</span></td><td>").Append(t.Date is { } date ? Iso.Date(date) : "上线前 / before launch")
                    .Append("</td><td>").Append(H(ConfidenceMarks.Cite(t.Citation))).Append("</td><td>").Append(H(ControlWording.Answered(t))).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        Heading(html, ReportLabels.Implementation);
        html.Append("<table>\n<tr><th>重点事项 / Focus item</th><th>状态 / Status</th><th>检查 / Checks</th><th>证据 / Evidence</th><th>依据 / Basis</th></tr>\n");
        foreach (var f in result.Findings)
        {
            html.Append("<tr><td>").Append(H(f.Item.Title)).Append("</td><td class=\"").Append(HtmlPage.Class(f.Status)).Append("\">").Append(H(ReportLabels.Of(f.Status)))
                .Append("</td><td>").Append(f.NotApplicableReason is { } reason ? "不适用<br><span class=\"en\">" + H(reason) + "</span>" : string.Join("<br>", f.Checks.Select(Check)))
                .Append("</td><td>").Append(string.Join("<br>", f.Evidence.Select(e => H(ProfileRelative.Of(e, result.ProfileSource)))))
                .Append("</td><td>").Append(string.Join("<br>", f.Item.Citations.Select(c => H(ConfidenceMarks.Cite(c))))).Append("</td></tr>\n");
        }

        html.Append("</table>\n<h3>").Append(H(ReportLabels.Gaps)).Append("</h3>\n");
        if (result.Gaps.Count == 0)
        {
            html.Append("<p>无。 <span class=\"en\">None.</span></p>\n");
        }
        else
        {
            html.Append("<table>\n<tr><th>重点事项 / Item</th><th>问题 / Problem</th><th>依据 / Article</th><th>整改 / What would close it</th></tr>\n");
            foreach (var gap in result.Gaps)
            {
                html.Append("<tr><td>").Append(H(gap.Item.Title)).Append("</td><td class=\"").Append(HtmlPage.Class(gap.Check.Status)).Append("\">").Append(H(ControlWording.Problem(gap.Check)))
                    .Append("<br><span class=\"en\">").Append(H(gap.Problem)).Append("</span>")
                    .Append("</td><td>").Append(string.Join("<br>", gap.Citations.Select(c => H(ConfidenceMarks.Cite(c)))))
                    .Append("</td><td>").Append(H(ControlWording.Remedy(gap.Check))).Append("<br><span class=\"en\">").Append(H(gap.Remedy)).Append("</span></td></tr>\n");
            }

            html.Append("</table>\n");
        }

        Heading(html, ReportLabels.Conclusion);
        html.Append("<p>").Append(H(result.ConclusionZh)).Append("</p>\n<p class=\"en\">").Append(H(result.ConclusionEn)).Append("</p>\n");
        Heading(html, ReportLabels.OtherMatters);
        html.Append("<ul>\n");
        foreach (var matter in result.OtherMatters)
        {
            html.Append("<li>").Append(H(matter)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        return HtmlPage.Close(html);
    }

    private static string H(string? text) => TextEscaping.Html(text);

    private static string Check(ControlCheck check) =>
        $"{H(ControlWording.Requirement(check))}：{H(check.Declared ?? "未声明")}<br><span class=\"en\">{H(check.Requirement)}: {H(check.Declared ?? "not declared")}</span>";

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);

    private static void Heading(StringBuilder html, string text) => html.Append("<h2>").Append(H(text)).Append("</h2>\n");

    private static void Row(StringBuilder html, string label, string? value) =>
        html.Append("<tr><th>").Append(H(label)).Append("</th><td>").Append(value is null ? "<span class=\"not-declared\">【未声明 / not declared】</span>" : H(value)).Append("</td></tr>\n");
}
