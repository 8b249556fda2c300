using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>Adding next year's notice, or correcting one, without touching the embedded data.</summary>
public sealed class WithNoticesTests
{
    // Shaped like a holiday-cn year file; the days are invented for the test (no 2027 notice exists yet).
    private const string Holiday2027 = """
        {
            "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
            "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json",
            "year": 2027,
            "papers": [
                "https://example.invalid/2027-notice"
            ],
            "days": [
                {
                    "name": "元旦",
                    "date": "2027-01-01",
                    "isOffDay": true
                },
                {
                    "name": "春节",
                    "date": "2027-02-06",
                    "isOffDay": false
                },
                {
                    "name": "春节",
                    "date": "2027-02-08",
                    "isOffDay": true
                }
            ]
        }
        """;

    [Fact]
    public void A_notice_read_from_a_holiday_cn_file_adds_its_year()
    {
        using var file = new TempJsonFile("2027.json", Holiday2027);
        var notices = HolidayNoticeReader.ReadFile(file.FilePath);
        var calendar = ChinaWorkingDayCalendar.Default.WithNotices(notices);

        Assert.True(calendar.HasNotice(2027));
        Assert.Equal(Enumerable.Range(2007, 21), calendar.YearsWithNotice);
        Assert.False(calendar.IsWorkingDay(D.Parse("2027-01-01")));
        Assert.True(calendar.IsWorkingDay(D.Parse("2027-02-06"))); // Saturday made working
        Assert.False(calendar.IsWorkingDay(D.Parse("2027-02-08"))); // Monday made off
        Assert.Equal(new HolidayDay(D.Parse("2027-01-01"), "元旦", true), calendar.FindDay(D.Parse("2027-01-01")));

        // Thu 31 Dec 1, Fri 1 Jan off, Mon 4 2, Tue 5 3, Wed 6 4, Thu 7 5 - and no warning any more.
        var result = new PeriodCalculator(calendar).AddWorkingDays(D.Parse("2026-12-30"), 5);
        Assert.Equal(D.Parse("2027-01-07"), result.DueDate);
        Assert.Empty(result.Warnings);

        // The default calendar is unchanged.
        Assert.False(ChinaWorkingDayCalendar.Default.HasNotice(2027));
        Assert.True(ChinaWorkingDayCalendar.Default.IsWorkingDay(D.Parse("2027-01-01")));
    }

    [Fact]
    public void A_notice_replaces_its_whole_year()
    {
        var corrected = new HolidayNotice(2025, ["https://example.invalid/2025-corrected"], [new HolidayDay(D.Parse("2025-05-06"), "劳动节", true)]);
        var calendar = ChinaWorkingDayCalendar.Default.WithNotices([corrected]);

        Assert.False(calendar.IsWorkingDay(D.Parse("2025-05-06")));
        Assert.True(calendar.IsWorkingDay(D.Parse("2025-10-01"))); // the old 2025 days are gone, not merged
        Assert.False(calendar.IsWorkingDay(D.Parse("2025-09-28")));
        Assert.Null(calendar.FindDay(D.Parse("2025-10-01")));
        Assert.False(calendar.IsWorkingDay(D.Parse("2024-10-01"))); // other years untouched
        Assert.False(calendar.IsWorkingDay(D.Parse("2026-01-01")));
        Assert.False(ChinaWorkingDayCalendar.Default.IsWorkingDay(D.Parse("2025-10-01")));
    }

    [Fact]
    public void An_unpublished_notice_withdraws_a_year()
    {
        var calendar = ChinaWorkingDayCalendar.Default.WithNotices([new HolidayNotice(2025, [], [])]);
        Assert.False(calendar.HasNotice(2025));
        Assert.True(calendar.IsWorkingDay(D.Parse("2025-10-01")));
        Assert.Equal([2025], new PeriodCalculator(calendar).AddWorkingDays(D.Parse("2025-06-01"), 5).Warnings.Select(w => w.Year));
    }

    [Fact]
    public void Where_two_notices_name_a_day_the_later_year_wins()
    {
        var earlier = new HolidayNotice(2030, ["a"], [new HolidayDay(D.Parse("2030-12-28"), "元旦", false)]);
        var later = new HolidayNotice(2031, ["b"], [new HolidayDay(D.Parse("2030-12-28"), "元旦", true)]);

        var calendar = ChinaWorkingDayCalendar.FromNotices([later, earlier]);
        Assert.False(calendar.IsWorkingDay(D.Parse("2030-12-28")));
        Assert.Equal(new HolidayDay(D.Parse("2030-12-28"), "元旦", true), calendar.FindDay(D.Parse("2030-12-28")));
    }

    [Fact]
    public void Two_notices_for_one_year_are_rejected()
    {
        var a = new HolidayNotice(2030, ["a"], []);
        var b = new HolidayNotice(2030, ["b"], []);
        var ex = Assert.Throws<ArgumentException>(() => ChinaWorkingDayCalendar.FromNotices([a, b]));
        Assert.StartsWith("Two holiday notices for 2030; give at most one per year.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ChinaWorkingDayCalendar.Default.WithNotices([a, b]));
    }

    [Fact]
    public void A_notice_built_in_code_is_checked_like_a_file()
    {
        var outside = new HolidayNotice(2030, ["a"], [new HolidayDay(D.Parse("2029-11-30"), "x", true)]);
        var ex = Assert.Throws<ArgumentException>(() => ChinaWorkingDayCalendar.FromNotices([outside]));
        Assert.StartsWith("The 2030 holiday notice names 2029-11-30, outside 2030 and the December before.", ex.Message, StringComparison.Ordinal);

        var twice = new HolidayNotice(2030, ["a"], [new HolidayDay(D.Parse("2030-01-01"), "x", true), new HolidayDay(D.Parse("2030-01-01"), "x", false)]);
        ex = Assert.Throws<ArgumentException>(() => ChinaWorkingDayCalendar.FromNotices([twice]));
        Assert.StartsWith("The 2030 holiday notice names 2030-01-01 twice.", ex.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => ChinaWorkingDayCalendar.FromNotices(null!));
        Assert.Throws<ArgumentNullException>(() => ChinaWorkingDayCalendar.Default.WithNotices(null!));
    }
}
