using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>
/// Whether a day is a working day under the embedded State Council notices. Every expectation is read off the
/// notice for that year (holiday-cn data), with the weekday checked on a calendar.
/// </summary>
public sealed class WorkingDayTests
{
    private static readonly ChinaWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Default;

    [Theory]
    [InlineData("2025-09-24")] // Wednesday
    [InlineData("2025-09-26")] // Friday
    [InlineData("2025-03-03")] // Monday
    [InlineData("2024-12-31")] // Tuesday before New Year 2025
    public void A_plain_weekday_is_a_working_day(string date) => Assert.True(Calendar.IsWorkingDay(D.Parse(date)));

    [Theory]
    [InlineData("2025-09-27")] // Saturday
    [InlineData("2025-03-01")] // Saturday
    [InlineData("2025-03-02")] // Sunday
    [InlineData("2025-10-12")] // Sunday after the National Day make-up Saturday
    public void A_plain_weekend_day_is_not_a_working_day(string date) => Assert.False(Calendar.IsWorkingDay(D.Parse(date)));

    [Theory]
    [InlineData("2025-09-28")] // Sunday worked for National Day / Mid-Autumn 2025
    [InlineData("2025-10-11")] // Saturday worked for National Day / Mid-Autumn 2025
    [InlineData("2025-01-26")] // Sunday worked for Spring Festival 2025
    [InlineData("2025-02-08")] // Saturday worked for Spring Festival 2025
    [InlineData("2025-04-27")] // Sunday worked for Labour Day 2025
    [InlineData("2026-01-04")] // Sunday worked for New Year 2026
    [InlineData("2026-02-28")] // Saturday worked for Spring Festival 2026
    public void A_make_up_weekend_day_is_a_working_day(string date) => Assert.True(Calendar.IsWorkingDay(D.Parse(date)));

    [Theory]
    [InlineData("2025-10-01")]
    [InlineData("2025-10-02")]
    [InlineData("2025-10-03")]
    [InlineData("2025-10-06")] // Monday
    [InlineData("2025-10-07")]
    [InlineData("2025-10-08")] // Wednesday, last day of the block
    public void National_Day_2025_weekdays_are_days_off(string date) => Assert.False(Calendar.IsWorkingDay(D.Parse(date)));

    [Fact]
    public void National_Day_2025_block_is_bounded_by_working_days()
    {
        Assert.True(Calendar.IsWorkingDay(D.Parse("2025-09-30")));
        Assert.True(Calendar.IsWorkingDay(D.Parse("2025-10-09")));
    }

    [Theory]
    [InlineData("2025-01-27", true)] // Monday before the holiday: a plain working day
    [InlineData("2025-01-28", false)] // New Year's Eve
    [InlineData("2025-01-29", false)] // Spring Festival
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-03", false)] // Monday
    [InlineData("2025-02-04", false)] // Tuesday, last day off
    [InlineData("2025-02-05", true)]
    [InlineData("2024-02-10", false)] // Spring Festival 2024: 10-17 February
    [InlineData("2024-02-16", false)] // Friday inside the block
    [InlineData("2024-02-18", true)] // Sunday make-up day after it
    [InlineData("2020-01-31", false)] // 2020: the holiday extended to 2 February by the January 2020 notice
    [InlineData("2020-02-02", false)]
    [InlineData("2020-02-03", true)]
    public void Spring_Festival(string date, bool working) => Assert.Equal(working, Calendar.IsWorkingDay(D.Parse(date)));

    [Theory]
    // The 2012 notice made Saturday 31 December 2011 a working day and gave 1-3 January 2012 off.
    [InlineData("2011-12-30", true)]
    [InlineData("2011-12-31", true)]
    [InlineData("2012-01-01", false)]
    [InlineData("2012-01-02", false)]
    [InlineData("2012-01-03", false)]
    [InlineData("2012-01-04", true)]
    // The 2019 notice: Saturday 29 December 2018 worked, 30 December 2018 - 1 January 2019 off.
    [InlineData("2018-12-29", true)]
    [InlineData("2018-12-30", false)]
    [InlineData("2018-12-31", false)]
    [InlineData("2019-01-01", false)]
    [InlineData("2019-01-02", true)]
    // The 2008 notice: Saturday 29 December 2007 worked, Monday 31 December 2007 off.
    [InlineData("2007-12-29", true)]
    [InlineData("2007-12-31", false)]
    [InlineData("2008-01-01", false)]
    [InlineData("2008-01-02", true)]
    // The 2007 notice worked the weekend of 30-31 December 2006 although there is no 2006 notice.
    [InlineData("2006-12-30", true)]
    [InlineData("2006-12-31", true)]
    [InlineData("2007-01-01", false)]
    [InlineData("2007-01-03", false)]
    [InlineData("2007-01-04", true)]
    // New Year 2024/2025: only 1 January off.
    [InlineData("2024-12-31", true)]
    [InlineData("2025-01-01", false)]
    [InlineData("2025-01-02", true)]
    public void New_Year_across_the_year_end(string date, bool working) => Assert.Equal(working, Calendar.IsWorkingDay(D.Parse(date)));

    [Theory]
    [InlineData("2027-01-01", true)] // Friday; the 2027 notice would surely make it a day off, but none is published
    [InlineData("2027-01-02", false)] // Saturday
    [InlineData("2027-10-01", true)] // Friday
    [InlineData("2006-10-02", true)] // Monday before any loaded notice
    [InlineData("2006-10-07", false)] // Saturday
    public void A_year_without_a_notice_is_Monday_to_Friday(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D.Parse(date)));

    [Fact]
    public void Notices_are_loaded_for_2007_to_2026_only()
    {
        Assert.Equal(Enumerable.Range(2007, 20), Calendar.YearsWithNotice);
        Assert.True(Calendar.HasNotice(2007));
        Assert.True(Calendar.HasNotice(2025));
        Assert.True(Calendar.HasNotice(2026));
        Assert.False(Calendar.HasNotice(2006));
        Assert.False(Calendar.HasNotice(2027));
        Assert.False(Calendar.HasNotice(1));
        Assert.False(Calendar.HasNotice(9999));
    }

    [Fact]
    public void FindDay_returns_the_notice_entry()
    {
        Assert.Equal(new HolidayDay(D.Parse("2025-10-01"), "国庆节、中秋节", true), Calendar.FindDay(D.Parse("2025-10-01")));
        Assert.Equal(new HolidayDay(D.Parse("2025-09-28"), "国庆节、中秋节", false), Calendar.FindDay(D.Parse("2025-09-28")));
        Assert.Equal(new HolidayDay(D.Parse("2011-12-31"), "元旦", false), Calendar.FindDay(D.Parse("2011-12-31")));
        Assert.Null(Calendar.FindDay(D.Parse("2025-09-26")));
        Assert.Null(Calendar.FindDay(D.Parse("2027-01-01")));
    }

    [Fact]
    public void WarningFor_names_a_year_without_a_notice()
    {
        Assert.Null(Calendar.WarningFor(2025));
        Assert.Equal(
            new CalendarWarning(2027, "No State Council holiday notice for 2027 is loaded; Monday-Friday was assumed. Add the notice with -HolidayFile when it is published."),
            Calendar.WarningFor(2027));
        Assert.Equal(2006, Calendar.WarningFor(2006)?.Year);
    }

    [Fact]
    public void Every_day_a_notice_names_takes_effect()
    {
        foreach (var notice in Calendar.Notices)
        {
            foreach (var day in notice.Days)
            {
                Assert.Equal(!day.IsOffDay, Calendar.IsWorkingDay(day.Date));
            }
        }
    }

    [Fact]
    public void Days_no_notice_names_follow_Monday_to_Friday()
    {
        var named = Calendar.Notices.SelectMany(n => n.Days).Select(d => d.Date).ToHashSet();
        for (var date = D.Parse("2005-01-01"); date <= D.Parse("2028-12-31"); date = date.AddDays(1))
        {
            if (!named.Contains(date))
            {
                Assert.Equal(date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), Calendar.IsWorkingDay(date));
            }
        }
    }

    [Fact]
    public void Default_is_one_instance()
    {
        Assert.Same(ChinaWorkingDayCalendar.Default, ChinaWorkingDayCalendar.Default);
        Assert.Same(PeriodCalculator.Default, PeriodCalculator.Default);
        Assert.Same(ChinaWorkingDayCalendar.Default, PeriodCalculator.Default.Calendar);
    }

    [Fact]
    public void Default_is_the_same_instance_across_threads()
    {
        var seen = new ChinaWorkingDayCalendar[8];
        Parallel.For(0, seen.Length, i => seen[i] = ChinaWorkingDayCalendar.Default);
        Assert.All(seen, c => Assert.Same(ChinaWorkingDayCalendar.Default, c));
    }
}
