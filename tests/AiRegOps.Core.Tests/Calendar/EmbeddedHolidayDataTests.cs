using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>The shipped data file matches the holiday-cn notices it was converted from.</summary>
public sealed class EmbeddedHolidayDataTests
{
    private const string ResourceName = "AiRegOps.Core.Data.holidays-cn.json";

    private static IReadOnlyList<HolidayNotice> ReadEmbedded()
    {
        using var stream = typeof(ChinaWorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName);
        Assert.NotNull(stream);
        return HolidayNoticeReader.Read(stream, ResourceName);
    }

    [Fact]
    public void Has_2007_to_2026_and_2027_as_unpublished()
    {
        var notices = ReadEmbedded();
        Assert.Equal(Enumerable.Range(2007, 21), notices.Select(n => n.Year));
        Assert.All(notices.Where(n => n.Year <= 2026), n => Assert.True(n.IsPublished));
        var y2027 = Assert.Single(notices, n => n.Year == 2027);
        Assert.False(y2027.IsPublished);
        Assert.Empty(y2027.Papers);
        Assert.Empty(y2027.Days);
    }

    [Theory]
    // Day counts of the holiday-cn year files.
    [InlineData(2007, 32)]
    [InlineData(2008, 35)]
    [InlineData(2012, 34)]
    [InlineData(2013, 41)]
    [InlineData(2014, 27)]
    [InlineData(2019, 31)]
    [InlineData(2020, 37)]
    [InlineData(2024, 36)]
    [InlineData(2025, 33)]
    [InlineData(2026, 39)]
    public void Each_year_has_every_day_of_its_notice(int year, int days) =>
        Assert.Equal(days, ReadEmbedded().Single(n => n.Year == year).Days.Count);

    [Fact]
    public void Keeps_the_notice_addresses()
    {
        var notices = ReadEmbedded();
        Assert.Equal(["https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"], notices.Single(n => n.Year == 2025).Papers);
        Assert.Equal(2, notices.Single(n => n.Year == 2020).Papers.Count); // the January 2020 extension of the Spring Festival
    }

    [Fact]
    public void National_Day_2025_is_as_the_notice_says()
    {
        var days = ReadEmbedded().Single(n => n.Year == 2025).Days.Where(d => d.Name == "国庆节、中秋节").ToList();
        Assert.Equal(
            [
                new HolidayDay(D.Parse("2025-09-28"), "国庆节、中秋节", false),
                new HolidayDay(D.Parse("2025-10-01"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-02"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-03"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-04"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-05"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-06"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-07"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-08"), "国庆节、中秋节", true),
                new HolidayDay(D.Parse("2025-10-11"), "国庆节、中秋节", false),
            ],
            days);
    }

    [Fact]
    public void The_licence_of_the_data_ships_next_to_it()
    {
        // The MIT notice of holiday-cn must travel with the data; the repository keeps it beside the JSON.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiRegOps.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var licence = File.ReadAllText(Path.Combine(dir.FullName, "src", "AiRegOps.Core", "Data", "holidays-cn.LICENSE"));
        Assert.Contains("MIT License", licence, StringComparison.Ordinal);
        Assert.Contains("NateScarlet", licence, StringComparison.Ordinal);
    }
}
