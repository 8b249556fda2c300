namespace AiRegOps.Core.Calendar;

/// <summary>
/// The State Council's holiday notice for one year (国务院办公厅关于节假日安排的通知):
/// the documents it was taken from and the days it makes off or working.
/// </summary>
/// <param name="Year">The year the notice is for.</param>
/// <param name="Papers">The addresses of the notice (and any later amendment).</param>
/// <param name="Days">The days the notice names, in any order.</param>
public sealed record HolidayNotice(int Year, IReadOnlyList<string> Papers, IReadOnlyList<HolidayDay> Days)
{
    /// <summary>
    /// False for a placeholder year (no papers, no days): the notice has not been published, so the
    /// calendar must fall back to Monday-Friday and say so.
    /// </summary>
    public bool IsPublished => Papers.Count > 0 || Days.Count > 0;

    /// <summary>
    /// Whether a notice for <paramref name="year"/> may name <paramref name="date"/>: a date of that year,
    /// or one in the December before, because a New Year holiday (or its make-up days) can start
    /// early: the 2008 notice gave 30-31 December 2007 off, the 2012 notice made 31 December 2011 a working day.
    /// </summary>
    internal static bool MayName(int year, DateOnly date) =>
        date.Year == year || (date.Year == year - 1 && date.Month == 12);
}
