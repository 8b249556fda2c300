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
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>How the due date was worked out, e.g. "10 working days after launched on 2025-09-26 (ARR Art. 24(1))".</summary>
    public required string Deadline { get; init; }

    /// <summary>The articles the obligation rests on.</summary>
    public required IReadOnlyList<string> Citations { get; init; }

    public Confidence Confidence { get; init; }

    /// <summary>Calendar warnings (years without a holiday notice) and notes on late or assumed dates.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the interval is an organisational policy, not a legal deadline.</summary>
    public bool IsPolicy { get; init; }

    /// <summary>True when the rule is advice from an unconfirmed source; it never becomes overdue.</summary>
    public bool IsAdvisory { get; init; }

    /// <summary>True when the rule comes from a recommended standard and the organisation has not opted it into the gate.</summary>
    public bool OutsideGate { get; init; }

    /// <summary>What satisfied this occurrence.</summary>
    public string? SatisfiedBy { get; init; }

    public override string ToString() => $"{Service} {ObligationId} {PeriodKey} {Status} {DueDate}";
}
