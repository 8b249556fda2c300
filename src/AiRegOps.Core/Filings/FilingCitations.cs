using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Filings;

/// <summary>
/// The articles the filing features rest on, asked of the catalogue by key: the articles, paragraphs, notes and
/// confidence marks live in catalogue.json only.
/// </summary>
public static class FilingCitations
{
    public const string NewFilingObligation = "arr-algorithm-filing";
    public const string ChangeFilingObligation = "arr-filing-change";
    public const string CancelFilingObligation = "arr-filing-cancellation";
    public const string SupporterFilingObligation = "dsp-supporter-filing";
    public const string DisplayObligation = "arr-filing-number-display";

    private static ObligationCatalogue Catalogue => ObligationCatalogue.Default;

    public static SourceCitation NewFiling => Catalogue.Citation(NewFilingObligation, "new-filing");

    public static SourceCitation ChangeFiling => Catalogue.Citation(ChangeFilingObligation, "change-filing");

    public static SourceCitation CancelFiling => Catalogue.Citation(CancelFilingObligation, "cancel-filing");

    public static SourceCitation Disclosure => Catalogue.Citation(NewFilingObligation, "disclosure");

    public static SourceCitation Display => Catalogue.Citation(DisplayObligation, "display");

    public static SourceCitation AlgorithmTypes => Catalogue.Citation(NewFilingObligation, "algorithm-types");

    public static SourceCitation CacDecision => Catalogue.Citation(NewFilingObligation, "cac-decision");

    public static SourceCitation DeepSynthesis => Catalogue.Citation(NewFilingObligation, "dsp-route");

    public static SourceCitation SupporterByReference => Catalogue.Citation(SupporterFilingObligation, "supporter-route");

    public static SourceCitation GenerativeAi => Catalogue.Citation(NewFilingObligation, "gaim-route");

    public static SourceCitation PublicOpinionTest => Catalogue.Citation("sa-security-assessment", "public-opinion-test");

    /// <summary>A citation from another obligation's sources by key (the self-assessment template's sections).</summary>
    public static SourceCitation Of(string obligationId, string key) => Catalogue.Citation(obligationId, key);

    public static SourceCitation ApiProviders => Catalogue.Citation(NewFilingObligation, "api-providers");

    /// <summary>The obligation behind a kind of filing.</summary>
    public static string ObligationFor(Profiles.FilingKind kind) => kind switch
    {
        Profiles.FilingKind.Change => ChangeFilingObligation,
        Profiles.FilingKind.Cancel => CancelFilingObligation,
        _ => NewFilingObligation,
    };

    /// <summary>The ARR Art. 24 paragraph for a kind of filing.</summary>
    public static SourceCitation For(Profiles.FilingKind kind) => kind switch
    {
        Profiles.FilingKind.Change => ChangeFiling,
        Profiles.FilingKind.Cancel => CancelFiling,
        _ => NewFiling,
    };
}
