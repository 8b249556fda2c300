using System.Text;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The SA2018 Art. 6 report as Markdown that can be handed in: Chinese body text first with the English beside or
/// below it, citations to the regulation and article, and profile locations relative to the profile.
/// </summary>
public static class AssessmentMarkdownRenderer
{
    public static string Render(SecurityAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        var info = result.BasicInfo;
        md.Append("# 安全评估报告 / Security assessment report: ").Append(E(info.DisplayName ?? result.Service)).Append("\n\n");
        md.Append("依据《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》（SA2018）开展的安全评估。评估日期：").Append(Iso.Date(result.AsOf)).Append("。\n\n")
            .Append("Security assessment under the Provisions on the Security Assessment of Internet Information Services with Public-Opinion Attributes or Social-Mobilisation Capability (SA2018). Assessed on ")
            .Append(Iso.Date(result.AsOf)).Append(".\n\n");

        md.Append("## ").Append(ReportLabels.BasicInformation).Append("\n\n");
        Item(md, "服务 / Service", result.Service);
        Item(md, "服务提供者 / Provider", info.Provider + (info.CreditCode is null ? string.Empty : $" ({info.CreditCode})"));
        Item(md, "功能 / Functions", Join(info.Functions));
        Item(md, "服务范围 / Scope", Join(info.Scope));
        Item(md, "部署地点 / Deployment locations", Join(info.DeploymentLocations));
        Item(md, "取得的许可 / Licences", Join(info.Licences));
        Item(md, "上线日期 / Launched on", info.LaunchedOn is { } launched ? Iso.Date(launched) : null);
        md.Append('\n');

        md.Append("## ").Append(ReportLabels.Triggers).Append("\n\n");
        if (result.Triggers.Count == 0)
        {
            md.Append("服务画像中未发现评估触发情形。 / None found in the profile.\n\n");
        }
        else
        {
            md.Append("| 情形 / Trigger | 日期 / Date | 依据 / Basis | 评估 / Assessment |\n|---|---|---|---|\n");
            foreach (var t in result.Triggers)
            {
                md.Append("| ").Append(E(ControlWording.Trigger(t.Kind))).Append("<br>").Append(E(t.Description)).Append(" | ").Append(t.Date is { } d ? Iso.Date(d) : "上线前 / before launch").Append(" | ")
                    .Append(E(ConfidenceMarks.Cite(t.Citation))).Append(" | ").Append(E(ControlWording.Answered(t))).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## ").Append(ReportLabels.Implementation).Append("\n\n");
        md.Append("| 重点事项 / Focus item | 状态 / Status | 证据 / Evidence | 依据 / Basis |\n|---|---|---|---|\n");
        foreach (var f in result.Findings)
        {
            md.Append("| ").Append(E(f.Item.Title)).Append(" | ").Append(ReportLabels.Of(f.Status)).Append(" | ")
                .Append(f.NotApplicableReason is { } reason ? "不适用 / " + E(reason) : string.Join("<br>", f.Evidence.Select(e => E(ProfileRelative.Of(e, result.ProfileSource))))).Append(" | ")
                .Append(E(string.Join("; ", f.Item.Citations.Select(c => c.Display + " " + ConfidenceMarks.Of(c.Confidence))))).Append(" |\n");
        }

        md.Append('\n');
        md.Append("### ").Append(ReportLabels.Gaps).Append("\n\n");
        if (result.Gaps.Count == 0)
        {
            md.Append("无。 / None.\n\n");
        }
        else
        {
            foreach (var gap in result.Gaps)
            {
                md.Append("- **").Append(E(gap.Item.Title)).Append("**（").Append(ReportLabels.Of(gap.Check.Status)).Append("）\n")
                    .Append("  - 问题：").Append(E(ControlWording.Problem(gap.Check))).Append("<br>Problem: ").Append(E(gap.Problem)).Append('\n')
                    .Append("  - 依据 / Basis: ").Append(E(string.Join("; ", gap.Citations.Select(ConfidenceMarks.Cite)))).Append('\n')
                    .Append("  - 整改：").Append(E(ControlWording.Remedy(gap.Check))).Append("<br>To close: ").Append(E(gap.Remedy)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## ").Append(ReportLabels.Conclusion).Append("\n\n").Append(E(result.ConclusionZh)).Append("\n\n").Append(E(result.ConclusionEn)).Append("\n\n");
        md.Append("## ").Append(ReportLabels.OtherMatters).Append("\n\n");
        foreach (var matter in result.OtherMatters)
        {
            md.Append("- ").Append(E(matter)).Append('\n');
        }

        return md.ToString();
    }

    private static string E(string? text) => TextEscaping.Markdown(text);

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);

    private static void Item(StringBuilder md, string label, string? value) =>
        md.Append("- ").Append(label).Append(": ").Append(value is null ? "【未声明 / not declared】" : E(value)).Append('\n');
}
