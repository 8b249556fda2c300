using System.Text;
using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>Every malformed-data error names the file, line, column (in characters), JSON path and what was expected.</summary>
public sealed class HolidayNoticeReaderErrorTests
{
    private static HolidayDataException Fail(string json) =>
        Assert.Throws<HolidayDataException>(() => HolidayNoticeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "2028.json"));

    // A 2028 notice whose days start on line 5, each day indented by four spaces.
    private static string Notice(params string[] days) =>
        "{\n  \"year\": 2028,\n  \"papers\": [],\n  \"days\": [\n" + string.Join(",\n", days.Select(d => "    " + d)) + "\n  ]\n}\n";

    private static void AssertError(HolidayDataException ex, int line, int column, string path, string problem)
    {
        Assert.Equal($"2028.json:{line}:{column}: {path}: {problem}", ex.Message);
        Assert.Equal("2028.json", ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Equal(path, ex.Path);
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void A_malformed_date()
    {
        // Column 29 counts 元 and 旦 as one character each, not three UTF-8 bytes.
        var ex = Fail(Notice("""{ "name": "元旦", "date": "2028-1-01", "isOffDay": true }"""));
        AssertError(ex, 5, 29, "$.days[0].date", "expected a date in the form yyyy-MM-dd, found \"2028-1-01\"");
    }

    [Fact]
    public void A_date_that_does_not_exist()
    {
        var ex = Fail(Notice("""{ "name": "春节", "date": "2028-02-30", "isOffDay": true }"""));
        AssertError(ex, 5, 29, "$.days[0].date", "expected a date in the form yyyy-MM-dd, found \"2028-02-30\"");
    }

    [Fact]
    public void A_date_that_is_not_a_string()
    {
        var ex = Fail(Notice("""{ "name": "元旦", "date": 20280101, "isOffDay": true }"""));
        AssertError(ex, 5, 29, "$.days[0].date", "expected a date in the form yyyy-MM-dd, found the number 20280101");
    }

    [Fact]
    public void A_date_outside_its_year()
    {
        var ex = Fail(Notice(
            """{ "name": "元旦", "date": "2028-01-01", "isOffDay": true }""",
            """{ "name": "元旦", "date": "2027-11-30", "isOffDay": true }"""));
        AssertError(ex, 6, 29, "$.days[1].date", "2027-11-30 is outside the 2028 notice; expected a date in 2028, or in December 2027 for a New Year holiday that starts early");

        ex = Fail(Notice("""{ "name": "元旦", "date": "2029-01-01", "isOffDay": true }"""));
        AssertError(ex, 5, 29, "$.days[0].date", "2029-01-01 is outside the 2028 notice; expected a date in 2028, or in December 2027 for a New Year holiday that starts early");
    }

    [Fact]
    public void The_December_before_is_inside_the_year()
    {
        var notice = Assert.Single(HolidayNoticeReader.Read(
            new MemoryStream(Encoding.UTF8.GetBytes(Notice("""{ "name": "元旦", "date": "2027-12-01", "isOffDay": false }"""))), "2028.json"));
        Assert.Equal(D.Parse("2027-12-01"), notice.Days[0].Date);
    }

    [Fact]
    public void A_duplicate_date()
    {
        var ex = Fail(Notice(
            """{ "name": "元旦", "date": "2028-01-01", "isOffDay": true }""",
            """{ "name": "元旦", "date": "2028-01-02", "isOffDay": true }""",
            """{ "name": "元旦", "date": "2028-01-01", "isOffDay": false }"""));
        AssertError(ex, 7, 29, "$.days[2].date", "2028-01-01 is listed twice in the 2028 notice (first at line 5, column 29); expected each date once");
    }

    [Fact]
    public void IsOffDay_missing()
    {
        var ex = Fail(Notice("""{ "name": "元旦", "date": "2028-01-01" }"""));
        AssertError(ex, 5, 5, "$.days[0]", "isOffDay is missing; expected true (a day off) or false (a make-up working day)");
    }

    [Fact]
    public void IsOffDay_not_a_boolean()
    {
        var ex = Fail(Notice("""{ "name": "元旦", "date": "2028-01-01", "isOffDay": "true" }"""));
        AssertError(ex, 5, 55, "$.days[0].isOffDay", "expected true (a day off) or false (a make-up working day), found the string \"true\"");
    }

    [Fact]
    public void Date_missing()
    {
        var ex = Fail(Notice("""{ "name": "元旦", "isOffDay": true }"""));
        AssertError(ex, 5, 5, "$.days[0]", "date is missing; expected a date in the form yyyy-MM-dd");
    }

    [Fact]
    public void Name_missing_or_empty()
    {
        var ex = Fail(Notice("""{ "date": "2028-01-01", "isOffDay": true }"""));
        AssertError(ex, 5, 5, "$.days[0]", "name is missing; expected the holiday's name (e.g. \"春节\")");

        ex = Fail(Notice("""{ "name": "", "date": "2028-01-01", "isOffDay": true }"""));
        AssertError(ex, 5, 15, "$.days[0].name", "expected the holiday's name (e.g. \"春节\"), found an empty string");

        ex = Fail(Notice("""{ "name": null, "date": "2028-01-01", "isOffDay": true }"""));
        AssertError(ex, 5, 15, "$.days[0].name", "expected the holiday's name as a string (e.g. \"春节\"), found null");
    }

    [Fact]
    public void An_unexpected_or_repeated_property_in_a_day()
    {
        var ex = Fail(Notice("""{ "name": "元旦", "date": "2028-01-01", "offDay": true }"""));
        AssertError(ex, 5, 43, "$.days[0].offDay", "unexpected property 'offDay'; expected name, date and isOffDay");

        ex = Fail(Notice("""{ "name": "元旦", "date": "2028-01-01", "date": "2028-01-02", "isOffDay": true }"""));
        AssertError(ex, 5, 43, "$.days[0].date", "'date' appears twice in this object");
    }

    [Fact]
    public void A_day_that_is_not_an_object()
    {
        var ex = Fail(Notice("\"2028-01-01\""));
        AssertError(ex, 5, 5, "$.days[0]", "expected a day ({\"name\", \"date\", \"isOffDay\"}), found the string \"2028-01-01\"");
    }

    [Fact]
    public void The_year_papers_or_days_missing()
    {
        AssertError(Fail("""{ "papers": [], "days": [] }"""), 1, 1, "$", "year is missing; expected the year the notice is for (e.g. 2026)");
        AssertError(Fail("""{ "year": 2028, "days": [] }"""), 1, 1, "$", "papers is missing; expected the notice's document addresses (an empty array if it is not published yet)");
        AssertError(Fail("""{ "year": 2028, "papers": [] }"""), 1, 1, "$", "days is missing; expected the days the notice makes off or working (an empty array if it is not published yet)");
    }

    [Fact]
    public void A_year_that_is_not_a_whole_number_in_range()
    {
        AssertError(Fail("""{ "year": "2028", "papers": [], "days": [] }"""), 1, 11, "$.year", "expected the year as a whole number from 1900 to 9999, found the string \"2028\"");
        AssertError(Fail("""{ "year": 2028.5, "papers": [], "days": [] }"""), 1, 11, "$.year", "expected the year as a whole number from 1900 to 9999, found the number 2028.5");
        AssertError(Fail("""{ "year": 20280, "papers": [], "days": [] }"""), 1, 11, "$.year", "expected the year as a whole number from 1900 to 9999, found the number 20280");
    }

    [Fact]
    public void Papers_and_days_of_the_wrong_shape()
    {
        AssertError(
            Fail("""{ "year": 2028, "papers": "https://x", "days": [] }"""),
            1,
            27,
            "$.papers",
            "expected the notice's document addresses as an array of strings (empty if it is not published yet), found the string \"https://x\"");
        AssertError(Fail("""{ "year": 2028, "papers": ["a", 7], "days": [] }"""), 1, 33, "$.papers[1]", "expected a document address (a string), found the number 7");
        AssertError(
            Fail("""{ "year": 2028, "papers": [], "days": {} }"""),
            1,
            39,
            "$.days",
            "expected the notice's days as an array of {\"name\", \"date\", \"isOffDay\"} (empty if it is not published yet), found an object");
    }

    [Fact]
    public void An_unexpected_property_in_a_notice()
    {
        AssertError(
            Fail("""{ "year": 2028, "paper": [], "days": [] }"""),
            1,
            17,
            "$.paper",
            "unexpected property 'paper'; expected year, papers and days (a holiday notice) or years (a combined file)");
        AssertError(Fail("""[ { "year": 2028, "paper": [], "days": [] } ]"""), 1, 19, "$[0].paper", "unexpected property 'paper'; expected year, papers and days");
        AssertError(Fail("""{ "year": 2028, "papers": [], "days": [], "name with space": 1 }"""), 1, 43, "$['name with space']", "unexpected property 'name with space'; expected year, papers and days (a holiday notice) or years (a combined file)");
    }

    [Fact]
    public void Two_notices_for_one_year_in_a_file()
    {
        var ex = Fail("""
            [
              { "year": 2028, "papers": ["a"], "days": [] },
              { "year": 2028, "papers": ["b"], "days": [] }
            ]
            """);
        AssertError(ex, 3, 13, "$[1].year", "a second notice for 2028 (the first is at line 2, column 13); expected one notice per year");
    }

    [Fact]
    public void Errors_inside_a_combined_file_name_the_full_path()
    {
        var ex = Fail("""
            {
              "source": "holiday-cn",
              "years": [
                { "year": 2027, "papers": [], "days": [] },
                { "year": 2028, "papers": ["a"], "days": [ { "date": "2028-13-01", "name": "x", "isOffDay": true } ] }
              ]
            }
            """);
        AssertError(ex, 5, 58, "$.years[1].days[0].date", "expected a date in the form yyyy-MM-dd, found \"2028-13-01\"");
    }

    [Fact]
    public void A_combined_file_mixed_with_a_notice_or_without_years()
    {
        AssertError(
            Fail("""{ "year": 2028, "source": "x", "years": [] }"""),
            1,
            17,
            "$",
            "this object mixes a combined file (source, license, years) with a single notice (year, papers, days); use one or the other");
        AssertError(Fail("""{ "source": "x" }"""), 1, 1, "$", "years is missing; expected the notices as an array of {\"year\", \"papers\", \"days\"}");
        AssertError(Fail("""{ "years": {} }"""), 1, 12, "$.years", "expected an array of holiday notices, found an object");
        AssertError(Fail("""{ "years": [ 2028 ] }"""), 1, 14, "$.years[0]", "expected a holiday notice ({\"year\", \"papers\", \"days\"}), found the number 2028");
    }

    [Fact]
    public void An_empty_file_or_the_wrong_top_level_value()
    {
        AssertError(Fail(" \n "), 1, 1, "$", "the file is empty; expected a holiday notice ({\"year\", \"papers\", \"days\"}), an array of notices, or a combined file ({\"years\": [...]})");
        AssertError(Fail("42"), 1, 1, "$", "expected a holiday notice ({\"year\", \"papers\", \"days\"}), an array of notices, or a combined file ({\"years\": [...]}), found the number 42");
    }

    [Fact]
    public void Invalid_JSON_names_where_the_reader_stopped()
    {
        // The missing comma after "元旦": the reader stops at the next property name.
        var ex = Fail(Notice("""{ "name": "元旦" "date": "2028-01-01", "isOffDay": true }"""));
        Assert.Equal(5, ex.Line);
        Assert.Equal(20, ex.Column);
        Assert.Equal("$.days[0]", ex.Path);
        Assert.StartsWith("2028.json:5:20: $.days[0]: the file is not valid JSON: ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);

        // Inside a day's value the error names the property being read (its path is only built for the error).
        var inValue = Fail(Notice("""{ "name": "元旦", "date": "2028-01-01", "isOffDay": tru }"""));
        Assert.Equal("$.days[0].isOffDay", inValue.Path);
        Assert.StartsWith("2028.json:5:", inValue.Message, StringComparison.Ordinal);

        // A trailing comma, and content after the top-level value.
        var comma = Fail("""{ "year": 2028, "papers": [], "days": [], }""");
        Assert.StartsWith("2028.json:1:43: $: the file is not valid JSON: ", comma.Message, StringComparison.Ordinal);
        Assert.Contains("trailing comma", comma.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", comma.Message, StringComparison.Ordinal); // advice for programmers, not for editors of the file
        var trailing = Fail("""{ "year": 2028, "papers": [], "days": [] } x""");
        Assert.Equal("2028.json:1:44: $: the file is not valid JSON: " + trailing.Problem["the file is not valid JSON: ".Length..], trailing.Message);
        Assert.Equal(44, trailing.Column); // the x
    }

    [Fact]
    public void A_file_path_is_named_as_given()
    {
        using var file = new TempJsonFile("2028.json", Notice("""{ "name": "元旦", "date": "2028-01-01" }"""));
        var ex = Assert.Throws<HolidayDataException>(() => HolidayNoticeReader.ReadFile(file.FilePath));
        Assert.Equal(file.FilePath, ex.File);
        Assert.Equal($"{file.FilePath}:5:5: $.days[0]: isOffDay is missing; expected true (a day off) or false (a make-up working day)", ex.Message);
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_the_column()
    {
        using var file = new TempJsonFile("2028.json", """{ "year": "x", "papers": [], "days": [] }""", byteOrderMark: true);
        var ex = Assert.Throws<HolidayDataException>(() => HolidayNoticeReader.ReadFile(file.FilePath));
        Assert.Equal(1, ex.Line);
        Assert.Equal(11, ex.Column);
    }
}
