using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Tests.Filings;

public sealed class FilingNumberTests
{
    // The published examples of regulatory-facts §C-bis: all 21 digits.
    [Theory]
    [InlineData("网信算备110108823483901230031号")]
    [InlineData("网信算备310115124334401240013号")]
    [InlineData("网信算备330106003156001240091号")]
    [InlineData("网信算备330110507206401230035号")]
    [InlineData("网信算备610102726918801240017号")]
    [InlineData("网信算备330109830471102220013号")]
    [InlineData("  网信算备330109830471103220019号 ")]
    public void Real_looking_numbers_are_valid(string text)
    {
        Assert.True(FilingNumber.TryParse(text, out var number));
        Assert.Equal(21, number.Digits.Length);
        Assert.Equal(text.Trim(), number.Value);
    }

    [Fact]
    public void The_inferred_parts_are_exposed()
    {
        var number = FilingNumber.Parse("网信算备110108823483901230031号");

        Assert.Equal("110108", number.DivisionCode);
        Assert.Equal("8234839", number.EntityCode);
        Assert.Equal("01", number.AlgorithmIndex);
        Assert.Equal("23", number.YearDigits);
        Assert.Equal("0031", number.Serial);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("110108823483901230031", "does not start with 网信算备")]
    [InlineData("网信算备110108823483901230031", "does not end with 号")]
    [InlineData("网信算备11010882348390123003号", "20 digits, not 21")]
    [InlineData("网信算备1101088234839012300311号", "22 digits, not 21")]
    [InlineData("网信算备11010882348390123003X号", "ASCII digits only")]
    [InlineData("网信算备１１０１０８８２３４８３９０１２３００３１号", "ASCII digits only")]
    [InlineData("Beijing-DeepseekChat-202404280016", "does not start with 网信算备")]
    public void Malformed_numbers_give_one_clear_error(string text, string expectedProblem)
    {
        var error = Assert.Throws<ComplianceInputException>(() => FilingNumber.Parse(text));

        Assert.Equal("-FilingNumber", error.Input);
        Assert.Contains(expectedProblem, error.Message, StringComparison.Ordinal);
        Assert.Contains("网信算备 followed by 21 digits and 号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_a_new_filing_requires_a_valid_number()
    {
        Assert.Throws<ComplianceInputException>(() => AlgorithmFiling.CreateRecord("svc", FilingKind.New, null, new DateOnly(2025, 10, 1)));
        Assert.Throws<ComplianceInputException>(() => AlgorithmFiling.CreateRecord("svc", FilingKind.New, "网信算备123号", new DateOnly(2025, 10, 1)));

        var cancel = AlgorithmFiling.CreateRecord("svc", FilingKind.Cancel, null, new DateOnly(2025, 10, 1));
        Assert.Null(cancel.Number);
    }
}
