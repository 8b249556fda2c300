using System.Globalization;

namespace AiRegOps.Core.Calendar;

/// <summary>
/// Legal periods under the PRC Civil Code over a <see cref="ChinaWorkingDayCalendar"/>: the event day is not
/// counted (Art. 201); a period in months ends on the corresponding day of the last month, or its last day
/// (Art. 202); a period in days or months whose last day is a rest day ends on the next working day (Art. 203).
/// Thread-safe; no per-day work or allocation, only the result (and its warnings when there are some).
/// </summary>
public sealed class PeriodCalculator
{
    private static readonly Lazy<PeriodCalculator> DefaultCalculator = new(() => new PeriodCalculator(ChinaWorkingDayCalendar.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    public PeriodCalculator(ChinaWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>A calculator over <see cref="ChinaWorkingDayCalendar.Default"/>.</summary>
    public static PeriodCalculator Default => DefaultCalculator.Value;

    public ChinaWorkingDayCalendar Calendar { get; }

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="start"/>: "within 10 working days from
    /// the date the service is provided" ends on the 10th working day after that date. The result is always a
    /// working day, so Art. 203 never extends it. 0 means the event date itself, working day or not.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative, or the result is after 9999-12-31.</exception>
    public DeadlineResult AddWorkingDays(DateOnly start, int workingDays) =>
        Result(WorkingDaysEnd(start, workingDays), workingDays, PeriodUnit.WorkingDays);

    /// <summary><see cref="AddWorkingDays"/> without the result object, for the scheduler's loop.</summary>
    internal PeriodEnd WorkingDaysEnd(DateOnly start, int workingDays)
    {
        RequireNonNegative(workingDays, nameof(workingDays), "working days");
        var due = workingDays == 0 ? start : NthWorkingDayAfter(start, workingDays);
        return new PeriodEnd(start, due, due);
    }

    /// <summary>
    /// A period of <paramref name="days"/> calendar days from the event on <paramref name="start"/>: it ends on day
    /// start + days (Art. 201), moved to the next working day if that is a rest day (Art. 203). 0 means the event
    /// date itself, with no extension.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or the result is after 9999-12-31.</exception>
    public DeadlineResult AddCalendarDays(DateOnly start, int days) =>
        Result(CalendarDaysEnd(start, days), days, PeriodUnit.CalendarDays);

    /// <summary><see cref="AddCalendarDays"/> without the result object, for the scheduler's loop.</summary>
    internal PeriodEnd CalendarDaysEnd(DateOnly start, int days)
    {
        RequireNonNegative(days, nameof(days), "calendar days");
        if ((long)start.DayNumber + days > DateOnly.MaxValue.DayNumber)
        {
            throw TooLate(nameof(days), start, days, "calendar days");
        }

        var nominal = start.AddDays(days);
        return new PeriodEnd(start, nominal, days == 0 ? nominal : ExtendToWorkingDay(nominal));
    }

    /// <summary>
    /// A period of <paramref name="months"/> months from the event on <paramref name="start"/>: it ends on the
    /// corresponding day of the last month, or that month's last day when it has none (Art. 202: 2024-01-31 plus
    /// one month is 2024-02-29), moved to the next working day if that is a rest day (Art. 203). 0 means the event
    /// date itself, with no extension.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative, or the result is after 9999-12-31.</exception>
    public DeadlineResult AddMonths(DateOnly start, int months) =>
        Result(MonthsEnd(start, months), months, PeriodUnit.Months);

    /// <summary><see cref="AddMonths"/> without the result object, for the scheduler's loop.</summary>
    internal PeriodEnd MonthsEnd(DateOnly start, int months)
    {
        RequireNonNegative(months, nameof(months), "months");
        if ((start.Year * 12L) + start.Month - 1 + months > (9999L * 12) + 11)
        {
            throw TooLate(nameof(months), start, months, "months");
        }

        // DateOnly.AddMonths already clamps to the month's last day, which is exactly Art. 202.
        var nominal = start.AddMonths(months);
        return new PeriodEnd(start, nominal, months == 0 ? nominal : ExtendToWorkingDay(nominal));
    }

    private static void RequireNonNegative(int amount, string parameter, string unit)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, amount, string.Create(CultureInfo.InvariantCulture, $"A period cannot be negative: got {amount} {unit}. Use 0 for the event date itself."));
        }
    }

    private static ArgumentOutOfRangeException TooLate(string parameter, DateOnly start, int amount, string unit) =>
        new(parameter, amount, string.Create(CultureInfo.InvariantCulture, $"{amount} {unit} after {start:yyyy-MM-dd} is after {DateOnly.MaxValue:yyyy-MM-dd}, the last date that can be represented."));

    private DeadlineResult Result(PeriodEnd end, int amount, PeriodUnit unit) => new()
    {
        Start = end.Start,
        Amount = amount,
        Unit = unit,
        NominalDueDate = end.NominalDueDate,
        DueDate = end.DueDate,
        Warnings = Calendar.WarningsFor(end.Start, end.DueDate),
    };

    // Art. 203: a last day that is a rest day gives way to the first working day after it.
    private DateOnly ExtendToWorkingDay(DateOnly nominal) =>
        Calendar.IsWorkingDay(nominal) ? nominal : NthWorkingDayAfter(nominal, 1);

    // The smallest day d > start with W(d) - W(start) = n, where W counts working days through a day. W steps by
    // one exactly on working days, so d is a working day; found by galloping then bisecting, not by walking days.
    private DateOnly NthWorkingDayAfter(DateOnly start, int n)
    {
        var s = start.DayNumber;
        var target = Calendar.CountWorkingDaysThrough(s) + n;
        var max = DateOnly.MaxValue.DayNumber;

        long step = n + (n / 2) + 16;
        var high = (int)Math.Min(s + step, max);
        while (Calendar.CountWorkingDaysThrough(high) < target)
        {
            if (high == max)
            {
                throw TooLate("workingDays", start, n, "working days");
            }

            step *= 2;
            high = (int)Math.Min(s + step, max);
        }

        var low = s + 1;
        var hi = high;
        while (low < hi)
        {
            var mid = low + ((hi - low) / 2);
            if (Calendar.CountWorkingDaysThrough(mid) >= target)
            {
                hi = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return DateOnly.FromDayNumber(low);
    }
}
