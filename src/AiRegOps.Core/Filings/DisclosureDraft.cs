using System.Text;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// disclosure.md: the draft public text of ARR Art. 16 (users told prominently that algorithmic recommendation is
/// used; basic principles, purpose and main operating mechanism published), which is also the 拟公示内容 filed.
/// </summary>
internal static class DisclosureDraft
{
    private const string ToFill = "【待填写 / TO FILL】";

    public static string Render(FilingPackage package, string? filingNumber = null)
    {
        var md = new StringBuilder();
        md.Append("# 算法公示 / Algorithm disclosure: ").Append(TextEscaping.Markdown(package["serviceName"] ?? package.Service)).Append("\n\n");
        md.Append("> 依照 ").Append(FilingCitations.Disclosure.Display).Append(" 向用户公示的文本草稿，请以显著方式告知用户；下列三项为该条要求的内容，具体措辞由服务提供者确定。\n")
            .Append("> Draft of the text to be made public under ").Append(ConfidenceMarks.Cite(FilingCitations.Disclosure))
            .Append(". Show it prominently to users. Only the three items below are required by Art. 16; the wording is yours.\n\n");
        md.Append("本服务使用算法推荐技术。This service uses algorithmic recommendation.\n\n");
        md.Append("- 服务提供者 / Provider: ").Append(TextEscaping.Markdown(package["providerName"] ?? ToFill)).Append('\n');
        md.Append("- 算法类型 / Algorithm types: ").Append(TextEscaping.Markdown(package["algorithmTypes"] ?? ToFill)).Append("\n\n");
        Section(md, "一、基本原理 / Basic principles", package["disclosureBasicPrinciples"]);
        Section(md, "二、目的意图 / Purpose", package["disclosurePurpose"]);
        Section(md, "三、主要运行机制 / Main operating mechanism", package["disclosureMainMechanism"]);
        md.Append("## 备案编号 / Filing number\n\n");
        md.Append(filingNumber is null ? "网信算备【备案后填写 / fill in once filed】号" : TextEscaping.Markdown(filingNumber))
            .Append("：请在显著位置标明，并链接至备案公示信息 / show it prominently with a link to the public filing information (")
            .Append(ConfidenceMarks.Cite(FilingCitations.Display)).Append(").\n");
        return md.ToString();
    }

    private static void Section(StringBuilder md, string heading, string? text) =>
        md.Append("## ").Append(heading).Append("\n\n").Append(text is null ? ToFill : TextEscaping.Markdown(text)).Append("\n\n");
}
