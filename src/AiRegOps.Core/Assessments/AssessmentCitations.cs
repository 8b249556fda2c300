using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Assessments;

/// <summary>
/// The articles the security assessment rests on, asked of the catalogue by key: article numbers, notes, confidence
/// and official addresses live in catalogue.json only.
/// </summary>
public static class AssessmentCitations
{
    public const string AssessmentObligation = "sa-security-assessment";

    private static ObligationCatalogue Catalogue => ObligationCatalogue.Default;

    public static Uri Sa2018Uri => Address("SA2018");

    public static Uri LabellingUri => Address("LABEL");

    /// <summary>The focus items: content from the seed document (A.2); the article number is unverified.</summary>
    public static SourceCitation FocusItems => Catalogue.Citation(AssessmentObligation, "focus-items");

    public static SourceCitation Report => Catalogue.Citation(AssessmentObligation, "report");

    /// <summary>Part <paramref name="item"/> of the report: the report article lists its parts as numbered items.</summary>
    public static SourceCitation ReportItem(int item) => Report with { Item = item };

    /// <summary>The article that lists the situations that trigger an assessment.</summary>
    public static SourceCitation Triggers => Catalogue.Citation(AssessmentObligation, "triggers");

    public static SourceCitation Submission => Catalogue.Citation(AssessmentObligation, "submission");

    public static SourceCitation SelfOrThirdParty => Catalogue.Citation(AssessmentObligation, "self-or-third-party");

    public static SourceCitation Definition => Catalogue.Citation(AssessmentObligation, "public-opinion-test");

    /// <summary>Network logs kept at least six months, in the numbering before the 2025 amendment.</summary>
    public static SourceCitation LogRetention2016 => Catalogue.Citation("network-log-retention", "log-retention");

    /// <summary>The same duty after the 2025 amendment, renumbered [INF].</summary>
    public static SourceCitation LogRetention2025 => Catalogue.Citation("network-log-retention", "log-retention-2025");

    public static SourceCitation DeepSynthesisLaunch => Catalogue.Citation(AssessmentObligation, "dsp-launch");

    public static SourceCitation SynthesisTool => Catalogue.Citation("dsp-synthesis-tool-security-assessment", "tool");

    public static SourceCitation GenerativeAi => Catalogue.Citation(AssessmentObligation, "genai");

    public static SourceCitation LabellingMaterials => Catalogue.Citation("label-materials-in-filing", "materials");

    public static SourceCitation ExplicitLabels => Catalogue.Citation("label-explicit-labels", "explicit");

    public static SourceCitation ImplicitLabels => Catalogue.Citation("label-implicit-metadata", "implicit");

    /// <summary>The article that makes <paramref name="trigger"/> an assessment trigger: the catalogue rule whose events include it.</summary>
    public static SourceCitation Trigger(ServiceEventType trigger)
    {
        foreach (var rule in Catalogue.GetObligation(AssessmentObligation).Deadlines)
        {
            if (rule.RegulationId == Definition.RegulationId && rule.Events.Contains(trigger))
            {
                return rule.Source;
            }
        }

        throw new KeyNotFoundException($"The catalogue has no assessment rule for '{KebabName<ServiceEventType>.Of(trigger)}'.");
    }

    private static Uri Address(string regulationId) =>
        Catalogue.GetRegulation(regulationId).OfficialUrl is { } url ? new Uri(url) : throw new KeyNotFoundException($"{regulationId} has no official URL in the catalogue.");
}
