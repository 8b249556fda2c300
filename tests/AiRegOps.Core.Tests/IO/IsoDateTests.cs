using System.Globalization;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Tests.IO;

/// <summary>
/// <see cref="IsoDate"/> replaces <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture, None)</c> in every
/// reader of stored dates, so it must accept exactly what that call accepts: the framework is the oracle here.
/// </summary>
public sealed class IsoDateTests
{
    public static TheoryData<string> Texts =>
    [
        "2026-04-01", "0001-01-01", "9999-12-31", "2024-02-29", "2000-02-29",
        "2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01",
        "2026-4-01", "2026-04-1", "26-04-01", "02026-04-01", "2026/04/01", "2026-04-01 ", " 2026-04-01", "2026-04-01\n",
        "2026-04-01T00:00", "20260401", "", "2026-04-0a", "２０２６-04-01", "٢٠٢٦-04-01", "2026--4-01", "-026-04-01", "+026-04-01",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Accepts_exactly_what_the_framework_parser_accepts(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var frameworkDate);

        var actual = IsoDate.TryParse(text, out var date);

        Assert.Equal(expected, actual);
        Assert.Equal(expected ? frameworkDate : default, date);
    }

    [Fact]
    public void Agrees_with_the_framework_on_every_day_of_a_leap_and_a_common_year_and_their_neighbours()
    {
        for (var day = new DateOnly(2023, 1, 1); day <= new DateOnly(2024, 12, 31); day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(IsoDate.TryParse(text, out var parsed));
            Assert.Equal(day, parsed);
        }

        foreach (var month in Enumerable.Range(1, 12))
        {
            var firstInvalid = $"2023-{month:00}-{DateTime.DaysInMonth(2023, month) + 1:00}";
            Assert.False(IsoDate.TryParse(firstInvalid, out _), firstInvalid);
        }
    }

    [Fact]
    public void Parse_names_the_text_and_the_form_expected()
    {
        var error = Assert.Throws<FormatException>(() => IsoDate.Parse("01/06/2026"));

        Assert.Contains("'01/06/2026'", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }
}
