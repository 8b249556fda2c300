using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Catalogue;

/// <summary>When an obligation falls due. An obligation may carry several rules, each governed by one regulation.</summary>
public sealed record DeadlineRule
{
    public required DeadlineRuleKind Kind { get; init; }

    /// <summary>Days or months, depending on <see cref="Kind"/>.</summary>
    public int? Amount { get; init; }

    /// <summary>The events that start the period (any of them).</summary>
    public IReadOnlyList<ServiceEventType> Events { get; init => field = value ?? []; } = [];

    /// <summary>For <see cref="DeadlineRuleKind.FixedDateEachYear"/>: the month.</summary>
    public int? Month { get; init; }

    /// <summary>For <see cref="DeadlineRuleKind.FixedDateEachYear"/>: the day of the month.</summary>
    public int? Day { get; init; }

    /// <summary>The regulation whose binding status governs this rule (draft rules never bind).</summary>
    public required string RegulationId { get; init; }

    /// <summary>The article that sets the deadline.</summary>
    public required SourceCitation Source { get; init; }

    /// <summary>True when the law sets no interval and the interval is an organisational policy.</summary>
    public bool IsPolicy { get; init; }

    /// <summary>For policy rules: the profile policy setting that overrides <see cref="Amount"/>.</summary>
    public string? PolicySetting { get; init; }

    /// <summary>True when the rule is shown as advice, never as a deadline (an unconfirmed stricter interval).</summary>
    public bool IsAdvisory { get; init; }

    /// <summary>
    /// True for rules from a recommended (non-mandatory) standard: the schedule and reminders show them, but the CI gate
    /// ignores them unless the profile's policy sets gateRecommendedStandards.
    /// </summary>
    public bool GateOptIn { get; init; }

    /// <summary>Only events about activities on the expert-review list start this rule (ethics activity registration).</summary>
    public bool ExpertReviewListOnly { get; init; }

    public Confidence Confidence { get; init; } = Confidence.SingleSource;

    /// <summary>Plain-language description, e.g. "within 10 working days from the date the service is first provided".</summary>
    public required string Description { get; init; }
}
