using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Assessments;

/// <summary>A gap for the report: the item, the article, what is wrong and what would close it.</summary>
public sealed record AssessmentGap
{
    public required FocusItem Item { get; init; }
    public required ControlCheck Check { get; init; }

    /// <summary>The check's own citations, or the item's.</summary>
    public IReadOnlyList<SourceCitation> Citations => Check.Citations.Count > 0 ? Check.Citations : Item.Citations;

    public string Problem => Check.Problem ?? $"{Check.Field}: {Check.Requirement}";
    public string Remedy => Check.Remedy ?? $"Declare {Check.Field} ({Check.Requirement}).";
}
