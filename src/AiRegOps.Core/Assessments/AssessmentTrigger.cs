using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Assessments;

/// <summary>One trigger of a security assessment found in a profile, and whether an assessment answers it.</summary>
public sealed record AssessmentTrigger
{
    public required AssessmentTriggerKind Kind { get; init; }

    /// <summary>The event date; null for a launch that has not happened (assess before going online).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>What happened, in words.</summary>
    public required string Description { get; init; }

    public required SourceCitation Citation { get; init; }

    /// <summary>The assessment record that answers it, if any.</summary>
    public string? AnsweredBy { get; init; }

    public bool IsAnswered => AnsweredBy is not null;
}
