using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>
/// Periods under Civil Code Arts 201-203 over the embedded notices. Each expected date is counted by hand
/// from the notice for the year, as the comments show.
/// </summary>
public sealed class PeriodCalculatorTests
{
    private static readonly PeriodCalculator Periods = PeriodCalculator.Default;

    [Fact]
    public void Must_hold_10_working_days_after_2025_09_26_is_2025_10_16()
    {
        // Fri 26 Sep is not counted. 28 Sep (Sun, make-up) 1, 29 Sep 2, 30 Sep 3, 1-8 Oct off, 9 Oct 4, 10 Oct 5,
        // 11 Oct (Sat, make-up) 6, 13 Oct 7, 14 Oct 8, 15 Oct 9, 16 Oct 10.
        var result = Periods.AddWorkingDays(D.Parse("2025-09-26"), 10);
        Assert.Equal(D.Parse("2025-10-16"), result.DueDate);
        Assert.Equal(D.Parse("2025-10-16"), result.NominalDueDate);
        Assert.False(result.WasExtended);
        Assert.Equal(D.Parse("2025-09-26"), result.Start);
        Assert.Equal(10, result.Amount);
        Assert.Equal(PeriodUnit.WorkingDays, result.Unit);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Must_hold_30_days_after_2024_12_31_is_2025_02_05()
    {
        // Day 30 is 30 Jan 2025, inside the Spring Festival holiday (28 Jan - 4 Feb); Art. 203 moves it to Wed 5 Feb.
        var result = Periods.AddCalendarDays(D.Parse("2024-12-31"), 30);
        Assert.Equal(D.Parse("2025-01-30"), result.NominalDueDate);
        Assert.Equal(D.Parse("2025-02-05"), result.DueDate);
        Assert.True(result.WasExtended);
        Assert.Equal(PeriodUnit.CalendarDays, result.Unit);
        Assert.Equal(30, result.Amount);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("2025-03-03", 1, "2025-03-04")] // Mon -> Tue
    [InlineData("2025-03-03", 5, "2025-03-10")] // a plain week
    [InlineData("2025-03-07", 1, "2025-03-10")] // Fri -> Mon over a plain weekend
    [InlineData("2025-03-08", 1, "2025-03-10")] // from a Saturday: the event day is never counted
    [InlineData("2025-09-27", 1, "2025-09-28")] // the next working day is a make-up Sunday
    [InlineData("2025-09-28", 1, "2025-09-29")] // from a make-up Sunday
    [InlineData("2025-09-30", 1, "2025-10-09")] // over the National Day block
    [InlineData("2025-10-03", 1, "2025-10-09")] // from inside the block
    [InlineData("2025-10-10", 1, "2025-10-11")] // to the make-up Saturday
    [InlineData("2025-01-24", 1, "2025-01-26")] // Spring Festival 2025: Sun 26 Jan is a make-up day
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")] // 28 Jan - 4 Feb off
    [InlineData("2025-02-05", 3, "2025-02-08")] // Thu 6 and Fri 7, then Sat 8 (make-up) is the 3rd
    [InlineData("2018-12-28", 1, "2018-12-29")] // 2019 notice: Sat 29 Dec 2018 worked
    [InlineData("2018-12-28", 2, "2019-01-02")] // 30 Dec - 1 Jan off
    [InlineData("2011-12-30", 1, "2011-12-31")] // 2012 notice: Sat 31 Dec 2011 worked
    [InlineData("2011-12-30", 2, "2012-01-04")] // 1-3 Jan 2012 off
    [InlineData("2024-12-31", 1, "2025-01-02")] // 1 Jan 2025 off
    [InlineData("2020-06-24", 1, "2020-06-28")] // Dragon Boat 2020: 25-27 Jun off, Sun 28 Jun worked
    public void Working_days(string start, int amount, string due)
    {
        var result = Periods.AddWorkingDays(D.Parse(start), amount);
        Assert.Equal(D.Parse(due), result.DueDate);
        Assert.Equal(result.DueDate, result.NominalDueDate);
        Assert.True(Periods.Calendar.IsWorkingDay(result.DueDate));
    }

    [Fact]
    public void A_whole_year_of_working_days()
    {
        // 2025 has 261 weekdays. The notice gives 18 of them off (1 Jan; 28-31 Jan, 3-4 Feb; 4 Apr; 1-2 and 5 May;
        // 2 Jun; 1-3 and 6-8 Oct) and makes 5 weekend days working (26 Jan, 8 Feb, 27 Apr, 28 Sep, 11 Oct): 248.
        Assert.Equal(D.Parse("2025-12-31"), Periods.AddWorkingDays(D.Parse("2024-12-31"), 248).DueDate);

        // The next one: 1-3 Jan 2026 off, Sun 4 Jan 2026 a make-up day.
        Assert.Equal(D.Parse("2026-01-04"), Periods.AddWorkingDays(D.Parse("2024-12-31"), 249).DueDate);
    }

    [Theory]
    [InlineData("2025-02-27", 2, "2025-03-01", "2025-03-03")] // Sat -> Mon
    [InlineData("2025-02-28", 2, "2025-03-02", "2025-03-03")] // Sun -> Mon
    [InlineData("2025-09-01", 30, "2025-10-01", "2025-10-09")] // National Day block
    [InlineData("2025-09-10", 24, "2025-10-04", "2025-10-09")] // a weekend inside the block
    [InlineData("2018-12-20", 10, "2018-12-30", "2019-01-02")] // New Year block starting in December
    [InlineData("2020-06-17", 10, "2020-06-27", "2020-06-28")] // ends on a make-up Sunday
    [InlineData("2025-04-25", 10, "2025-05-05", "2025-05-06")] // last day of Labour Day
    public void Calendar_days_ending_on_a_rest_day_extend_to_the_next_working_day(string start, int days, string nominal, string due)
    {
        var result = Periods.AddCalendarDays(D.Parse(start), days);
        Assert.Equal(D.Parse(nominal), result.NominalDueDate);
        Assert.Equal(D.Parse(due), result.DueDate);
        Assert.True(result.WasExtended);
    }

    [Theory]
    [InlineData("2025-03-01", 3, "2025-03-04")] // a plain Tuesday
    [InlineData("2025-09-18", 10, "2025-09-28")] // a make-up Sunday is a working day: no extension
    [InlineData("2025-10-01", 10, "2025-10-11")] // a make-up Saturday
    [InlineData("2025-10-08", 1, "2025-10-09")]
    [InlineData("2024-12-31", 365, "2025-12-31")]
    public void Calendar_days_ending_on_a_working_day_are_not_extended(string start, int days, string due)
    {
        var result = Periods.AddCalendarDays(D.Parse(start), days);
        Assert.Equal(D.Parse(due), result.NominalDueDate);
        Assert.Equal(D.Parse(due), result.DueDate);
        Assert.False(result.WasExtended);
    }

    [Theory]
    [InlineData("2024-01-31", 1, "2024-02-29", "2024-02-29")] // Art. 202: no 31 Feb, so the month's last day (a Thursday)
    [InlineData("2023-01-31", 1, "2023-02-28", "2023-02-28")]
    [InlineData("2025-03-31", 1, "2025-04-30", "2025-04-30")]
    [InlineData("2024-02-29", 12, "2025-02-28", "2025-02-28")]
    [InlineData("2025-01-15", 1, "2025-02-15", "2025-02-17")] // Sat -> Mon (Art. 203)
    [InlineData("2020-01-31", 1, "2020-02-29", "2020-03-02")] // Art. 202 then 203: Sat 29 Feb -> Mon 2 Mar
    [InlineData("2024-12-31", 1, "2025-01-31", "2025-02-05")] // Spring Festival 2025
    [InlineData("2025-09-01", 1, "2025-10-01", "2025-10-09")] // National Day 2025
    [InlineData("2025-04-05", 1, "2025-05-05", "2025-05-06")] // Labour Day 2025
    [InlineData("2025-06-28", 3, "2025-09-28", "2025-09-28")] // a make-up Sunday: no extension
    [InlineData("2024-08-31", 1, "2024-09-30", "2024-09-30")]
    public void Months(string start, int months, string nominal, string due)
    {
        var result = Periods.AddMonths(D.Parse(start), months);
        Assert.Equal(PeriodUnit.Months, result.Unit);
        Assert.Equal(D.Parse(nominal), result.NominalDueDate);
        Assert.Equal(D.Parse(due), result.DueDate);
        Assert.Equal(result.NominalDueDate != result.DueDate, result.WasExtended);
    }

    [Fact]
    public void Zero_means_the_event_date_itself_with_no_extension()
    {
        // 1 Oct 2025 is a day off; a zero period still ends that day: it is not a period to extend.
        var holiday = D.Parse("2025-10-01");
        foreach (var result in new[] { Periods.AddWorkingDays(holiday, 0), Periods.AddCalendarDays(holiday, 0), Periods.AddMonths(holiday, 0) })
        {
            Assert.Equal(holiday, result.NominalDueDate);
            Assert.Equal(holiday, result.DueDate);
            Assert.False(result.WasExtended);
            Assert.Equal(0, result.Amount);
        }
    }

    [Fact]
    public void Negative_amounts_are_rejected()
    {
        var start = D.Parse("2025-01-01");

        var working = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddWorkingDays(start, -1));
        Assert.Equal("workingDays", working.ParamName);
        Assert.StartsWith("A period cannot be negative: got -1 working days. Use 0 for the event date itself.", working.Message, StringComparison.Ordinal);

        var days = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddCalendarDays(start, -30));
        Assert.Equal("days", days.ParamName);
        Assert.StartsWith("A period cannot be negative: got -30 calendar days. Use 0 for the event date itself.", days.Message, StringComparison.Ordinal);

        var months = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddMonths(start, -2));
        Assert.Equal("months", months.ParamName);
        Assert.StartsWith("A period cannot be negative: got -2 months. Use 0 for the event date itself.", months.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_past_year_9999_are_rejected()
    {
        var days = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddCalendarDays(D.Parse("9999-12-30"), 2));
        Assert.StartsWith("2 calendar days after 9999-12-30 is after 9999-12-31, the last date that can be represented.", days.Message, StringComparison.Ordinal);

        var months = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddMonths(D.Parse("9999-12-01"), 1));
        Assert.StartsWith("1 months after 9999-12-01 is after 9999-12-31", months.Message, StringComparison.Ordinal);

        // 9999-12-31 is a Friday: one working day after the 30th fits, two do not.
        Assert.Equal(D.Parse("9999-12-31"), Periods.AddWorkingDays(D.Parse("9999-12-30"), 1).DueDate);
        var working = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddWorkingDays(D.Parse("9999-12-30"), 2));
        Assert.Equal("workingDays", working.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Periods.AddWorkingDays(D.Parse("2025-01-01"), int.MaxValue));
    }

    [Fact]
    public void Working_days_agree_with_counting_day_by_day()
    {
        // An independent count over IsWorkingDay (itself checked against the notices above) for every start day
        // from before the first notice to after the last, across every year-end and holiday block.
        var calendar = Periods.Calendar;
        for (var start = D.Parse("2006-11-01"); start <= D.Parse("2027-03-01"); start = start.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 3, 5, 10, 20, 60 })
            {
                var expected = start;
                for (var counted = 0; counted < n;)
                {
                    expected = expected.AddDays(1);
                    if (calendar.IsWorkingDay(expected))
                    {
                        counted++;
                    }
                }

                Assert.Equal(expected, Periods.AddWorkingDays(start, n).DueDate);
            }
        }
    }

    [Fact]
    public void Calendar_days_agree_with_counting_day_by_day()
    {
        var calendar = Periods.Calendar;
        for (var start = D.Parse("2006-11-01"); start <= D.Parse("2027-03-01"); start = start.AddDays(1))
        {
            foreach (var n in new[] { 1, 7, 15, 30, 60 })
            {
                var expected = start.AddDays(n);
                while (!calendar.IsWorkingDay(expected))
                {
                    expected = expected.AddDays(1);
                }

                Assert.Equal(expected, Periods.AddCalendarDays(start, n).DueDate);
            }
        }
    }

    [Fact]
    public void The_constructor_needs_a_calendar() =>
        Assert.Throws<ArgumentNullException>(() => new PeriodCalculator(null!));
}
