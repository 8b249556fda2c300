namespace AiRegOps.Core.Calendar;

/// <summary>The end of a legal period as values (see <see cref="DeadlineResult"/>, which adds the calendar warnings).</summary>
/// <param name="Start">The date of the triggering event.</param>
/// <param name="NominalDueDate">The last day before any extension under Civil Code Art. 203.</param>
/// <param name="DueDate">The last day on which the duty can be performed in time.</param>
internal readonly record struct PeriodEnd(DateOnly Start, DateOnly NominalDueDate, DateOnly DueDate)
{
    public bool WasExtended => DueDate != NominalDueDate;
}
