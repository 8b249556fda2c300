using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports.Findings;

/// <summary>The rules findings are reported under: one per focus item, one per obligation, one for triggers.</summary>
public static class FindingRules
{
    public const string TriggerRuleId = "sa2018.trigger-unanswered";

    public static IReadOnlyList<FindingRule> FocusItemRules { get; } = [.. FocusItems.All.Select(ForFocusItem)];

    public static FindingRule Trigger { get; } = new()
    {
        Id = TriggerRuleId,
        Name = "TriggerUnanswered",
        ShortDescription = "评估触发情形未评估 / Assessment trigger without a recorded assessment",
        FullDescription = $"An {AssessmentCitations.Triggers.Display} trigger (or {AssessmentCitations.SynthesisTool.Display}, {AssessmentCitations.DeepSynthesisLaunch.Display}, {AssessmentCitations.GenerativeAi.Display}) is in the profile but no assessment record answers it.",
        HelpText = $"Conduct the security assessment and record it under spec.assessments in the profile ({AssessmentCitations.Triggers.Display}). The provisions fix no deadline for it, so this is a note, not an error.",
        HelpMarkdown = $"**评估触发情形未评估 / Assessment trigger without a recorded assessment**\n\nBasis: {AssessmentCitations.Triggers.Display} (or {AssessmentCitations.SynthesisTool.Display}, {AssessmentCitations.DeepSynthesisLaunch.Display}, {AssessmentCitations.GenerativeAi.Display}, which send a service to the assessment).\n\nConduct the security assessment and record it under `spec.assessments` in the profile. The provisions fix no deadline for it, so this is a note, not an error; a waiver (service, obligation `sa2018.trigger-unanswered`, reason, expires) suppresses it until it expires.",
        HelpAnchor = "sa2018trigger-unanswered",
        DefaultLevel = FindingLevel.Note,
        Tags = ["compliance", "china", "sa2018"],
    };

    public static FindingRule ForFocusItem(FocusItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var basis = string.Join("; ", item.Citations.Select(ConfidenceMarks.Cite));
        return new FindingRule
        {
            Id = item.RuleId,
            Name = Pascal(item.Id),
            ShortDescription = item.Title,
            FullDescription = item.Description,
            HelpText = $"{item.Description} Basis: {basis}. Declare the control under spec.controls in the profile once it is in place; a waiver (service, obligation {item.RuleId}, reason, expires) lets a known gap pass the gate until it expires.",
            HelpMarkdown = $"**{TextEscaping.Markdown(item.Title)}**\n\n{TextEscaping.Markdown(item.Description)}\n\nBasis: {TextEscaping.Markdown(basis)}\n\nDeclare the control under `spec.controls` once it is in place. Source text: {item.HelpUri}",
            HelpAnchor = item.RuleId.Replace(".", string.Empty, StringComparison.Ordinal),
            DefaultLevel = FindingLevel.Error,
            Tags = ["compliance", "china", "sa2018"],
        };
    }

    public static FindingRule ForObligation(ScheduleItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var basis = string.Join("; ", item.Citations);
        var kind = item.IsPolicy ? "Organisational policy (the law sets no interval)" : "Statutory obligation";
        return new FindingRule
        {
            Id = item.ObligationId,
            Name = Pascal(item.ObligationId),
            ShortDescription = item.Title,
            FullDescription = $"{kind}: {item.Title}. Basis: {basis}.",
            HelpText = $"{kind}: {item.Title}. Basis: {basis}. Meet it before its due date and record it: a completed entry in the profile (spec.completed), a recorded filing or ethics registration, or evidence added with Add-ComplianceEvidence. Get-AiObligation -Id {item.ObligationId} shows the full rule.",
            HelpMarkdown = $"**{TextEscaping.Markdown(item.Title)}** ({kind.ToLowerInvariant()})\n\nBasis: {TextEscaping.Markdown(basis)}\n\nMeet it before its due date and record it: `spec.completed` in the profile, a recorded filing or ethics registration, or evidence added with `Add-ComplianceEvidence`. `Get-AiObligation -Id {item.ObligationId}` shows the full rule.",
            HelpAnchor = "obligations",
            DefaultLevel = item.IsPolicy ? FindingLevel.Note : FindingLevel.Error,
            Tags = item.IsPolicy ? ["compliance", "china", "policy"] : ["compliance", "china", "deadline"],
        };
    }

    private static string Pascal(string id) =>
        string.Concat(id.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
