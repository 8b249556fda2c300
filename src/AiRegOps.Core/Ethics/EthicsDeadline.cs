using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Ethics;

/// <summary>One thing that follows a registration: a deadline, or an advisory that is never a deadline.</summary>
public sealed record EthicsDeadline
{
    /// <summary>Stable key: "committee-registration", "annual-report", "activity-registration", "follow-up-review".</summary>
    public required string Key { get; init; }

    public required string What { get; init; }
    public required DateOnly DueDate { get; init; }

    /// <summary>How the date was computed (calendar days with Civil Code Art. 203 extension, months), when it was.</summary>
    public DeadlineResult? Period { get; init; }

    public required SourceCitation Basis { get; init; }

    /// <summary>False before 2023-12-01 (the draft binds nothing) and for advisories.</summary>
    public required bool IsBinding { get; init; }

    /// <summary>An unconfirmed stricter interval: shown for information, never overdue.</summary>
    public bool IsAdvisory { get; init; }

    /// <summary>When the duty was already met (e.g. registered on the platform).</summary>
    public DateOnly? SatisfiedOn { get; init; }

    /// <summary>The schedule status of the occurrence on the as-of date (a missed follow-up stays Overdue).</summary>
    public Schedule.ScheduleStatus Status { get; init; }

    public string? Note { get; init; }
}
