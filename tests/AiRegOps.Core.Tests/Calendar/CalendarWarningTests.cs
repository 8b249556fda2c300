using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>Years without a published notice fall back to Monday-Friday, and every result that depends on one says so.</summary>
public sealed class CalendarWarningTests
{
    private const string Missing2027 =
        "No State Council holiday notice for 2027 is loaded; Monday-Friday was assumed. Add the notice with -HolidayFile when it is published.";

    private static HolidayNotice Synthetic2030() => new(
        2030,
        ["https://example.invalid/2030"],
        [
            new HolidayDay(D.Parse("2030-04-28"), "劳动节", false), // Sunday worked
            new HolidayDay(D.Parse("2030-05-01"), "劳动节", true), // Wednesday
            new HolidayDay(D.Parse("2030-05-02"), "劳动节", true),
            new HolidayDay(D.Parse("2030-05-03"), "劳动节", true), // Friday
        ]);

    [Fact]
    public void A_span_into_2027_warns_and_assumes_Monday_to_Friday()
    {
        // Wed 30 Dec 2026 not counted; Thu 31 Dec 1, Fri 1 Jan 2027 2 (no notice, so a working day), Mon 4 Jan 3, Tue 5 4, Wed 6 5.
        var result = PeriodCalculator.Default.AddWorkingDays(D.Parse("2026-12-30"), 5);
        Assert.Equal(D.Parse("2027-01-06"), result.DueDate);
        Assert.Equal([new CalendarWarning(2027, Missing2027)], result.Warnings);
    }

    [Fact]
    public void A_span_inside_2027_warns_once()
    {
        var result = PeriodCalculator.Default.AddCalendarDays(D.Parse("2027-03-01"), 30);
        Assert.Equal(D.Parse("2027-03-31"), result.DueDate);
        Assert.Equal([new CalendarWarning(2027, Missing2027)], result.Warnings);
    }

    [Fact]
    public void A_span_with_notices_has_no_warnings()
    {
        Assert.Empty(PeriodCalculator.Default.AddWorkingDays(D.Parse("2025-09-26"), 10).Warnings);
        Assert.Empty(PeriodCalculator.Default.AddMonths(D.Parse("2007-01-15"), 12 * 19).Warnings); // 2007-01-15 .. 2026-01-15
    }

    [Fact]
    public void A_span_from_before_the_first_notice_warns_for_that_year()
    {
        // The 2007 notice still applies to 30-31 Dec 2006 (worked weekend); the other days of 2006 are Monday-Friday.
        // Wed 20 Dec 2006: 21, 22, 25, 26, 27, 28, 29 Dec are 1-7, Sat 30 8, Sun 31 9, 1-3 Jan off, Thu 4 Jan 2007 10.
        var result = PeriodCalculator.Default.AddWorkingDays(D.Parse("2006-12-20"), 10);
        Assert.Equal(D.Parse("2007-01-04"), result.DueDate);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(2006, warning.Year);
        Assert.Equal("No State Council holiday notice for 2006 is loaded; Monday-Friday was assumed. Add the notice with -HolidayFile when it is published.", warning.Message);
    }

    [Fact]
    public void A_span_ending_in_the_last_week_of_December_warns_about_the_next_years_notice()
    {
        // A New Year notice can move days in the December before (2008, 2012, 2019 did), so a result on
        // Fri 25 Dec 2026 depends on the unpublished 2027 notice.
        var result = PeriodCalculator.Default.AddCalendarDays(D.Parse("2026-12-20"), 5);
        Assert.Equal(D.Parse("2026-12-25"), result.DueDate);
        Assert.Equal(
            [new CalendarWarning(2027, "No State Council holiday notice for 2027 is loaded; it may move days at the end of December 2026 (a New Year holiday can start early), which were counted without it. Add the notice with -HolidayFile when it is published.")],
            result.Warnings);

        // Before that week it does not.
        Assert.Empty(PeriodCalculator.Default.AddCalendarDays(D.Parse("2026-12-10"), 14).Warnings); // Thu 24 Dec

        // And with the 2025 notice loaded a result on 31 Dec 2024 has nothing to warn about.
        Assert.Empty(PeriodCalculator.Default.AddCalendarDays(D.Parse("2024-12-20"), 11).Warnings);
    }

    [Fact]
    public void A_synthetic_calendar_applies_its_notice_and_warns_for_the_years_around_it()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([Synthetic2030()]);
        Assert.Equal([2030], calendar.YearsWithNotice);
        Assert.True(calendar.IsWorkingDay(D.Parse("2030-04-28")));
        Assert.False(calendar.IsWorkingDay(D.Parse("2030-05-01")));
        Assert.False(calendar.IsWorkingDay(D.Parse("2030-05-03")));
        Assert.True(calendar.IsWorkingDay(D.Parse("2030-05-06")));

        var periods = new PeriodCalculator(calendar);

        // Fri 26 Apr: Sun 28 Apr 1, Mon 29 Apr 2, Tue 30 Apr 3, 1-3 May off, Mon 6 May 4.
        var within = periods.AddWorkingDays(D.Parse("2030-04-26"), 4);
        Assert.Equal(D.Parse("2030-05-06"), within.DueDate);
        Assert.Empty(within.Warnings);

        // 2029-06-15 + 30 months = Mon 2031-12-15: 2029 and 2031 have no notice, 2030 has one.
        var across = periods.AddMonths(D.Parse("2029-06-15"), 30);
        Assert.Equal(D.Parse("2031-12-15"), across.DueDate);
        Assert.Equal([2029, 2031], across.Warnings.Select(w => w.Year));
        Assert.All(across.Warnings, w => Assert.Contains($"for {w.Year} is loaded; Monday-Friday was assumed", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_calendar_is_Monday_to_Friday_and_warns_for_every_year()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([]);
        Assert.Empty(calendar.YearsWithNotice);
        Assert.True(calendar.IsWorkingDay(D.Parse("2025-10-01")));
        Assert.False(calendar.IsWorkingDay(D.Parse("2025-09-28")));

        var result = new PeriodCalculator(calendar).AddWorkingDays(D.Parse("2024-12-31"), 10);
        Assert.Equal(D.Parse("2025-01-14"), result.DueDate); // 1-3, 6-10, 13-14 Jan
        Assert.Equal([2024, 2025], result.Warnings.Select(w => w.Year));
    }

    [Fact]
    public void An_unpublished_notice_is_no_notice()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([new HolidayNotice(2030, [], [])]);
        Assert.False(calendar.HasNotice(2030));
        Assert.Empty(calendar.YearsWithNotice);
        Assert.NotNull(calendar.WarningFor(2030));
        Assert.False(new HolidayNotice(2030, [], []).IsPublished);
        Assert.True(new HolidayNotice(2030, ["https://example.invalid"], []).IsPublished);
        Assert.True(Synthetic2030().IsPublished);
    }
}
