using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Ethics;

/// <summary>The sources of the ethics rules, with confidence as in regulatory-facts.md §D.</summary>
public static class EthicsCitations
{
    /// <summary>The final measures take effect on this date [2+].</summary>
    public static readonly DateOnly FinalInForce = new(2023, 12, 1);

    public static SourceCitation Registration { get; } = new()
    {
        RegulationId = "ETHICS", Article = 44, Confidence = Confidence.Unverified,
        Note = "30 days on the national S&T ethics registration platform, per a provincial notice [1]; the article number is [INF]",
    };

    public static SourceCitation AnnualReport { get; } = new()
    {
        RegulationId = "ETHICS", Article = 44, Confidence = Confidence.Unverified,
        Note = "by 31 March each year, the previous year's committee report and listed-activity report [1]; the article number is [INF]",
    };

    public static SourceCitation FollowUp { get; } = new()
    {
        RegulationId = "ETHICS", Article = 21, Confidence = Confidence.Unverified,
        Note = "follow-up review interval generally not more than 12 months [1]; the article number is [INF]",
    };

    public static SourceCitation AiMeasures2026 { get; } = new()
    {
        RegulationId = "ETHICS-AI-2026", Confidence = Confidence.SingleSource,
        Note = "AI S&T ethics review and service measures (trial), news of 2026-04-08: follow-up every 6 months for high-risk activities; not verified, so advisory",
    };

    public static SourceCitation Draft { get; } = new()
    {
        RegulationId = "ETHICS-DRAFT", Confidence = Confidence.SingleSource,
        Note = "draft of 2023-04-04 for comment: binds nothing; its stricter follow-up interval was not found [NOT FOUND]",
    };
}
