using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>One occurrence of an obligation for one service.</summary>
public sealed record ScheduleItem
{
    public required string Service { get; init; }
    public required string ObligationId { get; init; }
    public string? SeedRef { get; init; }
    public required string Title { get; init; }

    /// <summary>Which occurrence this is: "launched@2025-09-26", "FY2025", "launched@2025-09-26#2", "continuous".</summary>
    public required string PeriodKey { get; init; }

    public DateOnly? DueDate { get; init; }
    public required ScheduleStatus Status { get; init; }

    /// <summary>The event that started the period, if any.</summary>
    public DateOnly? TriggeredOn { get; init; }

    /// <summary>Why it applies or not: roles, technologies, attributes, binding status, with articles.</summary>
    public IReadOnlyList<string> Reasons
    {
        get => field ??= Applicability is null
            ? ExtraReasons
            : ExtraReasons.Count == 0 ? Applicability.Texts : [.. Applicability.Texts, .. ExtraReasons];
        init
        {
            ExtraReasons = value ?? [];
            field = null;
        }
    }

    /// <summary>The same reasons as data: for each test of the condition, whether it held, the fact read and the article.</summary>
    public IReadOnlyList<Catalogue.Conditions.ConditionReason> ReasonDetails => Applicability?.Details ?? [];

    /// <summary>The applicability reasons shared by every occurrence of the obligation for the service.</summary>
    internal ApplicabilityReasons? Applicability { get; init; }

    /// <summary>Reasons particular to this occurrence (an event not yet recorded, a termination).</summary>
    internal IReadOnlyList<string> ExtraReasons { get; init; } = [];

    /// <summary>How the due date was worked out, e.g. "10 working days after launched on 2025-09-26 (ARR Art. 24(1))".</summary>
    public string Deadline
    {
        get => field ??= DeadlineParts.Render();
        init;
    }

    /// <summary>The parts <see cref="Deadline"/> is rendered from on first read.</summary>
    internal DeadlineText DeadlineParts { get; init; }

    /// <summary>The articles the obligation rests on.</summary>
    public required IReadOnlyList<string> Citations { get; init; }

    public Confidence Confidence { get; init; }

    /// <summary>Calendar warnings (years without a holiday notice) and notes on late or assumed dates.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the date is an organisational policy target, not a legal deadline (status PastPolicyTarget, never Overdue).</summary>
    public bool IsPolicy { get; init; }

    /// <summary>True when the rule is advice from an unconfirmed source; it never becomes overdue.</summary>
    public bool IsAdvisory { get; init; }

    /// <summary>True when the rule comes from a recommended standard and the organisation has not opted it into the gate.</summary>
    public bool OutsideGate { get; init; }

    /// <summary>What satisfied this occurrence.</summary>
    public string? SatisfiedBy { get; init; }

    public override string ToString() => $"{Service} {ObligationId} {PeriodKey} {Status} {DueDate}";
}
