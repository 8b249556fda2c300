using System.Text;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// self-assessment.md: a template of the algorithm self-assessment report (ARR Art. 24(1)), pre-filled from the
/// profile. The CAC's own template was not found in the sources, so the structure is AiRegOps' and says so.
/// </summary>
internal static class SelfAssessmentTemplate
{
    private const string ToFill = "【待填写 / TO FILL】";
    private const string NotDeclared = "【未声明 / not declared in the profile】";

    public static string Render(FilingPackage package, ServiceProfile? profile)
    {
        var md = new StringBuilder();
        md.Append("# 算法自评估报告 / Algorithm self-assessment report: ").Append(TextEscaping.Markdown(package.Service)).Append("\n\n");
        md.Append("> 本模板于 ").Append(Iso.Date(package.PreparedOn)).Append(" 依据服务画像预填；结构由 AiRegOps 拟定（未找到官方模板），提交备案前请补全所有").Append(ToFill).Append("。\n")
            .Append("> Template pre-filled from the service profile on ").Append(Iso.Date(package.PreparedOn))
            .Append(". The structure is AiRegOps' own (no official template was found); complete every ").Append(ToFill).Append(" before filing.\n\n");

        md.Append("## 1. 基本情况 / Basic information\n\n");
        Line(md, "服务提供者 / Provider", package["providerName"]);
        Line(md, "服务名称 / Service", package["serviceName"]);
        Line(md, "算法类型 / Algorithm types", package["algorithmTypes"]);
        Line(md, "应用产品 / Products", package["products"]);
        Line(md, "应用领域 / Application field", package["applicationField"]);
        Line(md, "提供服务之日 / Service start", profile?.LaunchedOn is { } launched ? Iso.Date(launched) : null);
        if (profile is not null)
        {
            Line(md, "功能 / Features", profile.Features.Count == 0 ? null : string.Join(", ", profile.Features.Select(Feature)));
            Line(md, $"舆论属性或社会动员能力 / Public-opinion attributes ({FilingCitations.PublicOpinionTest.Display})", PublicOpinion(package.Route.PublicOpinion));
        }

        md.Append("\n## 2. 算法机制机理 / Algorithm mechanism\n\n");
        md.Append("- 基本原理 / Basic principles: ").Append(Text(package["disclosureBasicPrinciples"])).Append('\n');
        md.Append("- 模型、数据与训练 / Models, data and training: ").Append(ToFill).Append('\n');
        md.Append("- 主要运行机制 / Main operating mechanism: ").Append(Text(package["disclosureMainMechanism"])).Append("\n\n");

        md.Append("## 3. 风险评估 / Risk assessment\n\n");
        md.Append("- 算法滥用、操纵与歧视风险 / Risks of misuse, manipulation and discrimination: ").Append(ToFill).Append('\n');
        var review = FilingCitations.Of("arr-periodic-algorithm-review", "periodic-review").Display;
        var months = profile?.Policy.AlgorithmReviewIntervalMonths.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        md.Append($"- 定期审核算法机制机理、模型、数据和应用结果（{review} 未规定周期；本组织政策：每 {months} 个月） / Periodic review of mechanisms, models, data and outcomes ({review} sets no interval; policy: every {months} months): ")
            .Append(ToFill).Append("\n\n");

        md.Append($"## 4. 管理制度和技术措施 / Management systems and technical measures ({FilingCitations.Of("arr-management-systems", "management-systems").Display})\n\n");
        var c = profile?.Controls ?? SecurityControls.None;
        Line(md, "安全负责人 / Security officer", YesNo(c.SecurityOfficer));
        Line(md, "信息审核人员 / Content reviewers", c.ContentReviewers?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(md, "用户真实身份认证 / Real-identity verification", YesNo(c.RealIdentityVerification));
        Line(md, "日志留存（月） / Log retention (months)", c.LogRetentionMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(md, "违法信息处置 / Handling of illegal information", YesNo(c.IllegalInformationHandling));
        Line(md, "个人信息保护 / Personal-information protection", YesNo(c.PersonalInformationProtection));
        Line(md, $"投诉举报渠道 / Complaint channel ({FilingCitations.Of("arr-complaints-mechanism", "complaints").Display})", YesNo(c.ComplaintChannel));
        Line(md, $"生成合成内容标识 / Labelling of generated content ({FilingCitations.Of("dsp-prominent-labelling", "labelling").Display})", YesNo(c.ContentLabelling));

        md.Append($"\n## 5. 用户权益保护 / User rights ({FilingCitations.Of("arr-user-rights-opt-out", "user-rights").Display})\n\n");
        md.Append("- 不针对个人特征的选项或关闭选项 / Non-personalised option or switch-off: ").Append(ToFill).Append('\n');
        md.Append("- 用户标签选择、删除 / Selecting and deleting user tags: ").Append(ToFill).Append("\n\n");

        md.Append("## 6. 评估结论 / Conclusion\n\n").Append(ToFill).Append('\n');
        return md.ToString();
    }

    private static void Line(StringBuilder md, string label, string? value) =>
        md.Append("- ").Append(label).Append(": ").Append(value is null ? NotDeclared : TextEscaping.Markdown(value)).Append('\n');

    private static string? PublicOpinion(Attributes.PublicOpinionResult? result) => result switch
    {
        null => null,
        { HasPublicOpinionAttributes: true } => $"是，依据下列功能 / yes: {result.Explanation}",
        { FeaturesWithoutChannel.Count: 0 } => $"否，未声明功能 / no: {result.Explanation}",
        _ => $"否，所列功能均未开设公共渠道 / no: {result.Explanation}",
    };

    private static string Text(string? value) => value is null ? ToFill : TextEscaping.Markdown(value);

    private static string? YesNo(bool? value) => value switch
    {
        true => "是 / yes",
        false => "否 / no",
        null => null,
    };

    private static string Feature(string id) => FeatureVocabulary.TryGet(id, out var definition) ? $"{id} ({definition.NameZh})" : id;
}
