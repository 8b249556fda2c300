using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Filings;

/// <summary>The articles the filing features rest on, with confidence as in regulatory-facts.md §A, §B, §C.</summary>
public static class FilingCitations
{
    public static SourceCitation NewFiling { get; } = new() { RegulationId = "ARR", Article = 24, Paragraph = 1, Confidence = Confidence.Confirmed };

    public static SourceCitation ChangeFiling { get; } = new() { RegulationId = "ARR", Article = 24, Paragraph = 2, Confidence = Confidence.Confirmed };

    public static SourceCitation CancelFiling { get; } = new() { RegulationId = "ARR", Article = 24, Paragraph = 3, Confidence = Confidence.Confirmed };

    public static SourceCitation Disclosure { get; } = new() { RegulationId = "ARR", Article = 16, Confidence = Confidence.Confirmed };

    public static SourceCitation Display { get; } = new() { RegulationId = "ARR", Article = 26, Confidence = Confidence.Confirmed };

    public static SourceCitation AlgorithmTypes { get; } = new() { RegulationId = "ARR", Article = 2, Confidence = Confidence.Confirmed };

    public static SourceCitation CacDecision { get; } = new()
    {
        RegulationId = "ARR", Article = 25, Confidence = Confidence.SingleSource,
        Note = "the CAC files, numbers and publishes complete filings within 30 working days",
    };

    public static SourceCitation DeepSynthesis { get; } = new()
    {
        RegulationId = "DSP", Article = 19, Confidence = Confidence.Confirmed,
        Note = "files under the ARR; technical supporters file by reference (参照); the 10/10/20 working days carry over by cross-reference [INF]",
    };

    public static SourceCitation GenerativeAi { get; } = new()
    {
        RegulationId = "GAIM", Article = 17, Confidence = Confidence.Confirmed,
        Note = "files, changes and cancels under the ARR; the 10/10/20 working days carry over by cross-reference [INF]",
    };

    public static SourceCitation ApiProviders { get; } = new()
    {
        RegulationId = "GAIM", Article = 22, Paragraph = 2, Confidence = Confidence.Confirmed,
        Note = "a provider includes one offering generative AI through a programmable interface",
    };

    /// <summary>The ARR Art. 24 paragraph for a kind of filing.</summary>
    public static SourceCitation For(Profiles.FilingKind kind) => kind switch
    {
        Profiles.FilingKind.Change => ChangeFiling,
        Profiles.FilingKind.Cancel => CancelFiling,
        _ => NewFiling,
    };
}
