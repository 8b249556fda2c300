using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Assessments;

/// <summary>The SA2018 security assessment of one service as of a date: triggers, findings, gaps, conclusion.</summary>
public sealed record SecurityAssessmentResult
{
    public required string Service { get; init; }

    /// <summary>The profile file and line, for SARIF locations.</summary>
    public SourceLocation? ProfileSource { get; init; }

    /// <summary>Where each profile field stands, for SARIF regions and evidence locations (null when not read from a file).</summary>
    public ProfilePositions? Positions { get; init; }

    public required DateOnly AsOf { get; init; }
    public required PublicOpinionResult PublicOpinion { get; init; }
    public required IReadOnlyList<AssessmentTrigger> Triggers { get; init; }
    public required ServiceBasicInfo BasicInfo { get; init; }
    public required IReadOnlyList<FocusItemFinding> Findings { get; init; }

    /// <summary>Every gap, item by item.</summary>
    public IReadOnlyList<AssessmentGap> Gaps => Findings.SelectMany(f => f.Gaps).ToList();

    public bool HasGaps => Findings.Any(f => f.HasGap);

    /// <summary>Triggers with no assessment record answering them.</summary>
    public IReadOnlyList<AssessmentTrigger> UnansweredTriggers => Triggers.Where(t => !t.IsAnswered).ToList();

    public required string ConclusionZh { get; init; }
    public required string ConclusionEn { get; init; }

    /// <summary>Other matters (SA2018 Art. 6(4)): submission, caveats on sources, what the assessment did not check.</summary>
    public required IReadOnlyList<string> OtherMatters { get; init; }
}
