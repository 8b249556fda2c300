using System.Text.Json;

namespace AiRegOps.Core.Tests;

/// <summary>
/// Kebab names are a published contract (profiles, the catalogue, period keys). <see cref="KebabCase"/> replaced
/// <c>JsonNamingPolicy.KebabCaseLower</c>, so every member of every enum in the core must keep the name that policy gave.
/// </summary>
public sealed class KebabCaseTests
{
    public static TheoryData<string> EnumMemberNames =>
    [
        .. typeof(KebabName<>).Assembly.GetTypes()
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(EnumMemberNames))]
    public void Every_enum_member_keeps_the_name_the_json_policy_gives(string memberName) =>
        Assert.Equal(JsonNamingPolicy.KebabCaseLower.ConvertName(memberName), KebabCase.Of(memberName));

    [Theory]
    [InlineData("FunctionAdded", "function-added")]
    [InlineData("DigitalHuman3D", "digital-human3-d")]
    [InlineData("SA2018Report", "sa2018-report")]
    [InlineData("HTMLParser", "html-parser")]
    [InlineData("A", "a")]
    [InlineData("abc", "abc")]
    public void Words_start_where_the_json_policy_starts_them(string memberName, string expected)
    {
        Assert.Equal(expected, KebabCase.Of(memberName));
        Assert.Equal(JsonNamingPolicy.KebabCaseLower.ConvertName(memberName), KebabCase.Of(memberName));
    }

    [Theory]
    [InlineData("Snake_Case")]
    [InlineData("With Space")]
    [InlineData("Ünicode")]
    public void A_name_outside_ascii_pascal_case_is_refused(string memberName) =>
        Assert.Throws<ArgumentException>(() => KebabCase.Of(memberName));

    [Fact]
    public void Enum_names_come_in_value_order()
    {
        Assert.Equal("service-provider", KebabName<ObligorRole>.Of(ObligorRole.ServiceProvider));
        Assert.True(KebabName<ObligorRole>.TryParse("research-unit", out var role));
        Assert.Equal(ObligorRole.ResearchUnit, role);
    }
}
