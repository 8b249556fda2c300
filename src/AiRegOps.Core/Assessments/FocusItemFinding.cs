namespace AiRegOps.Core.Assessments;

/// <summary>One focus item evaluated: its status (the worst of its checks), the checks and the evidence.</summary>
public sealed record FocusItemFinding
{
    public required FocusItem Item { get; init; }
    public required FindingStatus Status { get; init; }
    public required IReadOnlyList<ControlCheck> Checks { get; init; }
    public required IReadOnlyList<EvidenceReference> Evidence { get; init; }

    /// <summary>Why the item does not apply, when it does not.</summary>
    public string? NotApplicableReason { get; init; }

    public bool HasGap => Status is FindingStatus.Gap or FindingStatus.NotDeclared;

    public IReadOnlyList<AssessmentGap> Gaps =>
        Checks.Where(c => c.Status is FindingStatus.Gap or FindingStatus.NotDeclared).Select(c => new AssessmentGap { Item = Item, Check = c }).ToList();
}
