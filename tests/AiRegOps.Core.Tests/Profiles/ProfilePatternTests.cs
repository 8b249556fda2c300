using System.Text.RegularExpressions;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>
/// The loader checks names, owners and credit codes by hand; the patterns the JSON Schema publishes are the oracle.
/// Unlike a regex's <c>$</c>, the hand checks also refuse a trailing line break.
/// </summary>
public sealed class ProfilePatternTests
{
    public static TheoryData<string> ServiceNames =>
    [
        "a", "0", "zhiliao-chat", "a-b", "a--b", "-a", "a-", "A", "a_b", "a.b", "a b", "é", "",
        new string('a', 63), new string('a', 64), "a" + new string('-', 61) + "b", "a" + new string('-', 62) + "b",
    ];

    public static TheoryData<string> Owners =>
    [
        "octocat", "@octocat", "@@octocat", "octo-cat", "octo--cat", "-octo", "octo-", "@org/team", "@org/team_name-2",
        "org/team", "@org/", "@/team", "@org/-team", "@org/_team", "@org/te/am", "@org/team name", "@o-/team",
        new string('a', 39), new string('a', 40), "@" + new string('a', 39), string.Join('-', Enumerable.Repeat("a", 39)),
        string.Join('-', Enumerable.Repeat("a", 40)), "@org/" + new string('t', 100), "@org/" + new string('t', 101), "", "@", "é",
    ];

    public static TheoryData<string> CreditCodes =>
    [
        "91110000600037341L", "91110000600037341X", "9111000060003734", "91110000600037341LL", "9111000060003734IL",
        "9111000060003734OL", "9111000060003734SL", "9111000060003734VL", "9111000060003734ZL", "9111000060003734aL",
        "ABCDEFGHJKLMNPQRTU", "WXY000000000000000", "", "91110000600037341 ",
    ];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Service_names_match_the_published_pattern(string text) =>
        Assert.Equal(Regex.IsMatch(text, ProfilePatterns.ServiceName), ProfilePatterns.IsServiceName(text));

    [Theory]
    [MemberData(nameof(Owners))]
    public void Owners_match_the_published_pattern(string text) =>
        Assert.Equal(Regex.IsMatch(text, ProfilePatterns.Owner), ProfilePatterns.IsOwner(text));

    [Theory]
    [MemberData(nameof(CreditCodes))]
    public void Credit_codes_match_the_published_pattern(string text) =>
        Assert.Equal(Regex.IsMatch(text, ProfilePatterns.CreditCode), ProfilePatterns.IsCreditCode(text));

    [Fact]
    public void A_trailing_line_break_is_refused_although_the_regex_end_anchor_allows_it()
    {
        Assert.Matches(ProfilePatterns.ServiceName, "zhiliao-chat\n");
        Assert.False(ProfilePatterns.IsServiceName("zhiliao-chat\n"));
        Assert.False(ProfilePatterns.IsOwner("@org/team\n"));
        Assert.False(ProfilePatterns.IsCreditCode("91110000600037341L\n"));
    }
}
