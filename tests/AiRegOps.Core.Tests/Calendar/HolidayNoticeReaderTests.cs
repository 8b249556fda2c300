using System.Text;
using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>The three accepted shapes of holiday data.</summary>
public sealed class HolidayNoticeReaderTests
{
    private static IReadOnlyList<HolidayNotice> Read(string json) =>
        HolidayNoticeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void Reads_a_holiday_cn_year_file()
    {
        const string json = """
            {
                "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2025.json",
                "year": 2025,
                "papers": [
                    "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"
                ],
                "days": [
                    {
                        "name": "国庆节、中秋节",
                        "date": "2025-09-28",
                        "isOffDay": false
                    },
                    {
                        "name": "国庆节、中秋节",
                        "date": "2025-10-01",
                        "isOffDay": true
                    }
                ]
            }
            """;
        using var file = new TempJsonFile("2025.json", json);
        var notice = Assert.Single(HolidayNoticeReader.ReadFile(file.FilePath));
        Assert.Equal(2025, notice.Year);
        Assert.Equal(["https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"], notice.Papers);
        Assert.Equal(
            [new HolidayDay(D.Parse("2025-09-28"), "国庆节、中秋节", false), new HolidayDay(D.Parse("2025-10-01"), "国庆节、中秋节", true)],
            notice.Days);
        Assert.True(notice.IsPublished);
    }

    [Fact]
    public void Reads_an_unpublished_year_file()
    {
        var notice = Assert.Single(Read("""{ "year": 2027, "papers": [], "days": [] }"""));
        Assert.Equal(2027, notice.Year);
        Assert.False(notice.IsPublished);
    }

    [Fact]
    public void Reads_an_array_of_year_files()
    {
        var notices = Read("""
            [
              { "year": 2028, "papers": ["a"], "days": [ { "name": "元旦", "date": "2027-12-31", "isOffDay": true } ] },
              { "year": 2029, "papers": ["b"], "days": [] }
            ]
            """);
        Assert.Equal([2028, 2029], notices.Select(n => n.Year));
        Assert.Equal(new HolidayDay(D.Parse("2027-12-31"), "元旦", true), Assert.Single(notices[0].Days));
    }

    [Fact]
    public void Reads_the_combined_project_file()
    {
        var notices = Read("""
            {
              "$comment": "generated",
              "source": "holiday-cn",
              "license": "MIT",
              "years": [
                { "year": 2028, "papers": ["a"], "days": [ { "date": "2028-01-01", "name": "元旦", "isOffDay": true } ] },
                { "year": 2029, "papers": [], "days": [] }
              ]
            }
            """);
        Assert.Equal([2028, 2029], notices.Select(n => n.Year));
        Assert.False(notices[1].IsPublished);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_comments()
    {
        using var file = new TempJsonFile("2028.json", "// from the notice\n{ \"year\": 2028, /* none yet */ \"papers\": [], \"days\": [] }", byteOrderMark: true);
        Assert.Equal(2028, Assert.Single(HolidayNoticeReader.ReadFile(file.FilePath)).Year);
    }

    [Fact]
    public void Reads_property_escapes_and_any_property_order()
    {
        var notice = Assert.Single(Read("""{ "days": [ { "isOffDay": true, "date": "2028-01-01", "name": "\u5143\u65e6" } ], "papers": [], "year": 2028 }"""));
        Assert.Equal(new HolidayDay(D.Parse("2028-01-01"), "元旦", true), Assert.Single(notice.Days));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => HolidayNoticeReader.Read(null!, "x"));
        Assert.Throws<ArgumentException>(() => HolidayNoticeReader.Read(new MemoryStream(), " "));
        Assert.Throws<ArgumentException>(() => HolidayNoticeReader.ReadFile(""));
        Assert.Throws<FileNotFoundException>(() => HolidayNoticeReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json")));
    }
}
