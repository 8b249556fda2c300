namespace AiRegOps.Core.Calendar;

/// <summary>The end of a legal period, with how it was reached.</summary>
public sealed record DeadlineResult
{
    /// <summary>The date of the triggering event; not counted (Civil Code Art. 201).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>How many units the period has.</summary>
    public required int Amount { get; init; }

    /// <summary>What the period is counted in.</summary>
    public required PeriodUnit Unit { get; init; }

    /// <summary>The last day of the period before any extension under Civil Code Art. 203.</summary>
    public required DateOnly NominalDueDate { get; init; }

    /// <summary>The last day on which the duty can be performed in time.</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>True when the nominal last day was a rest day and Art. 203 moved it to the next working day.</summary>
    public bool WasExtended => DueDate != NominalDueDate;

    /// <summary>One warning per year without a loaded notice that the span from <see cref="Start"/> to <see cref="DueDate"/> depends on; empty when none.</summary>
    public IReadOnlyList<CalendarWarning> Warnings { get; init; } = [];
}
