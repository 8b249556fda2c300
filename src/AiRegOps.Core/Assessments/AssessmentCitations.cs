using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Assessments;

/// <summary>The articles the security assessment rests on, with confidence as in regulatory-facts.md §B, §C, §E, §F, §H.</summary>
public static class AssessmentCitations
{
    public static Uri Sa2018Uri { get; } = new("https://www.cac.gov.cn/2018-11/15/c_1123716072.htm");

    public static Uri LabellingUri { get; } = new("https://www.gov.cn/zhengce/zhengceku/202503/content_7014286.htm");

    /// <summary>The focus items: content from the seed document (A.2); the article number is unverified.</summary>
    public static SourceCitation FocusItems { get; } = new()
    {
        RegulationId = "SA2018", Article = 5, Confidence = Confidence.Unverified,
        Note = "focus items as commonly summarised from the Provisions [1]; the article number is not verified against the official text",
    };

    public static SourceCitation Report { get; } = new()
    {
        RegulationId = "SA2018", Article = 6, Confidence = Confidence.SingleSource,
        Note = "report contents; hidden dangers found are rectified until eliminated",
    };

    public static SourceCitation Submission { get; } = new()
    {
        RegulationId = "SA2018", Article = 7, Confidence = Confidence.SingleSource,
        Note = "submitted through the national Internet security management service platform (全国互联网安全管理服务平台) to the prefecture-level-or-above CAC office and public-security organ; no deadline found [NOT FOUND]",
    };

    public static SourceCitation SelfOrThirdParty { get; } = new() { RegulationId = "SA2018", Article = 4, Confidence = Confidence.Confirmed };

    public static SourceCitation Definition { get; } = new() { RegulationId = "SA2018", Article = 2, Confidence = Confidence.Confirmed };

    /// <summary>CSL Art. 21(3) in the 2016 numbering: network logs kept at least six months.</summary>
    public static SourceCitation LogRetention2016 { get; } = new()
    {
        RegulationId = "CSL", Article = 21, Paragraph = 3, Confidence = Confidence.Confirmed,
        Note = "2016 numbering: network logs kept no less than six months",
    };

    /// <summary>The same duty after the 2025 amendment (in force 2026-01-01), renumbered Art. 23 [INF].</summary>
    public static SourceCitation LogRetention2025 { get; } = new()
    {
        RegulationId = "CSL-2025", Article = 23, Confidence = Confidence.Unverified,
        Note = "renumbered by the 2025 amendment, in force 2026-01-01",
    };

    public static SourceCitation Trigger(int item) => new() { RegulationId = "SA2018", Article = 3, Item = item, Confidence = Confidence.Confirmed };

    public static SourceCitation DeepSynthesisLaunch { get; } = new()
    {
        RegulationId = "DSP", Article = 20, Confidence = Confidence.SingleSource,
        Note = "content confirmed by two sources; the article number by one",
    };

    public static SourceCitation SynthesisTool { get; } = new() { RegulationId = "DSP", Article = 15, Paragraph = 2, Confidence = Confidence.Confirmed };

    public static SourceCitation GenerativeAi { get; } = new() { RegulationId = "GAIM", Article = 17, Confidence = Confidence.Confirmed };

    public static SourceCitation LabellingMaterials { get; } = new()
    {
        RegulationId = "LABEL", Article = 12, Confidence = Confidence.Confirmed,
        Note = "labelling materials are provided with the filing and the security assessment (in force 2025-09-01)",
    };

    public static SourceCitation ExplicitLabels { get; } = new() { RegulationId = "LABEL", Article = 4, Confidence = Confidence.Confirmed };

    public static SourceCitation ImplicitLabels { get; } = new() { RegulationId = "LABEL", Article = 5, Confidence = Confidence.Confirmed };
}
