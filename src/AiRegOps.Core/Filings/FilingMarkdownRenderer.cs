using System.Text;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// filing.md: the form fields with Chinese and English labels, in the order of ARR Art. 24(1); the body text in
/// Chinese first with the English beside it.
/// </summary>
internal static class FilingMarkdownRenderer
{
    public const string MissingMark = "**【缺失 / MISSING】**";

    public static string Render(FilingPackage package)
    {
        var md = new StringBuilder();
        md.Append("# 算法备案材料 / Algorithm filing package: ").Append(TextEscaping.Markdown(package.Service)).Append("\n\n");
        md.Append("- 备案类型 / Procedure: ").Append(FilingNames.Of(package.Kind)).Append(" (").Append(FilingCitations.For(package.Kind).Display).Append(")\n");
        md.Append("- 编制日期 / Prepared on: ").Append(Iso.Date(package.PreparedOn)).Append('\n');
        if (package.Deadline is { } deadline)
        {
            md.Append("- 截止日期 / Due: **").Append(Iso.Date(deadline.DueDate)).Append("**：应于该日前完成备案手续，即").Append(TextEscaping.Markdown(deadline.DescriptionZh)).Append("。<br>").Append(TextEscaping.Markdown(deadline.Description))
                .Append(' ').Append(ConfidenceMarks.Of(deadline.Confidence)).Append('\n');
        }
        else
        {
            md.Append("- 截止日期 / Due: 待事件日期确定后计算 / unknown until the event date is given\n");
        }

        md.Append("- 法律依据 / Legal basis: ").Append(string.Join("; ", package.Route.Bases.Select(b => TextEscaping.Markdown(ConfidenceMarks.Cite(b))))).Append("\n\n");

        md.Append("## 备案信息 / Filing information\n\n");
        md.Append("| # | 字段 / Field | 内容 / Value | 依据 / Basis |\n|---|---|---|---|\n");
        var n = 0;
        foreach (var field in package.Fields)
        {
            n++;
            var value = field.IsMissing
                ? $"{MissingMark} 请补充：{TextEscaping.Markdown(field.HowToSupplyZh ?? field.HowToSupply)}。 / Supply: {TextEscaping.Markdown(field.HowToSupply)}"
                : TextEscaping.Markdown(field.Value ?? "—");
            md.Append("| ").Append(n).Append(" | ").Append(TextEscaping.Markdown(field.Label)).Append(" | ").Append(value).Append(" | ")
                .Append(field.Basis is null ? string.Empty : TextEscaping.Markdown(field.Basis.Display)).Append(" |\n");
        }

        md.Append('\n');
        if (package.MissingFields.Count > 0)
        {
            md.Append("## 缺失信息 / Missing information\n\n");
            foreach (var missing in package.MissingFields)
            {
                md.Append("- ").Append(TextEscaping.Markdown(missing)).Append('\n');
            }

            md.Append('\n');
        }

        if (package.Warnings.Count > 0)
        {
            md.Append("## 提示 / Notes\n\n");
            foreach (var warning in package.Warnings)
            {
                md.Append("- ").Append(TextEscaping.Markdown(warning)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## 之后 / What follows\n\n");
        md.Append("- 通过互联网信息服务算法备案系统（https://beian.cac.gov.cn）提交备案；网信部门对材料齐全的备案予以备案、编号并公示（")
            .Append(FilingCitations.CacDecision.Display).Append("）。<br>File through the Internet Information Service Algorithm Filing System (https://beian.cac.gov.cn) [2+]. The CAC files, numbers and publishes complete filings (")
            .Append(ConfidenceMarks.Cite(FilingCitations.CacDecision)).Append(").\n");
        md.Append("- 备案后，在网站或应用的显著位置标明备案编号并提供公示信息链接（").Append(FilingCitations.Display.Display)
            .Append("）；可用 Test-FilingDisplay 检查页面。<br>Once filed, show the filing number and a link to the public filing information prominently on the website or app (")
            .Append(ConfidenceMarks.Cite(FilingCitations.Display)).Append("); Test-FilingDisplay checks a page.\n");
        md.Append("- 字段顺序依照").Append(FilingCitations.NewFiling.Display).Append("；未复制备案系统页面版式。<br>Field order follows ").Append(FilingCitations.NewFiling.Display).Append("; the layout of the online form itself was not reproduced [INF].\n");
        return md.ToString();
    }
}
