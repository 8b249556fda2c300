using System.Text.RegularExpressions;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Catalogue;

/// <summary>
/// The validator checks id forms by hand (a regex's first match is slow in a new session); the patterns the catalogue
/// documents are the oracle. Unlike a regex's <c>$</c>, the hand checks also refuse a trailing line break.
/// </summary>
public sealed class CatalogueIdFormTests
{
    private static readonly string[] Candidates =
    [
        "", "-", "a", "A", "0", "a-b", "a--b", "-a", "a-", "ab-12-cd", "Ab", "a_b", "a b", "é", "a-B", "1a-2b",
        "GENAI", "GENAI-2023", "G", "G1", "1G", "G-", "-G", "G--1", "G-1-A", "Genai", "GENAI_2023", "ÉTAT",
        "A.1", "B.12", "A.0", "A.01", "C.1", "A1", "A.", "A.1a", "a.1", "B.999", ".1", "AB.1",
    ];

    public static TheoryData<string> Texts => [.. Candidates];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Kebab_case_ids_match_the_documented_pattern(string text) =>
        Assert.Equal(Regex.IsMatch(text, "^[a-z0-9]+(-[a-z0-9]+)*$"), CatalogueValidator.IsKebabCase(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Regulation_ids_match_the_documented_pattern(string text) =>
        Assert.Equal(Regex.IsMatch(text, "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"), CatalogueValidator.IsRegulationId(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Seed_refs_match_the_documented_pattern(string text) =>
        Assert.Equal(Regex.IsMatch(text, @"^[AB]\.[1-9][0-9]*$"), CatalogueValidator.IsSeedRef(text));

    [Theory]
    [InlineData("a-b\n")]
    [InlineData("GENAI\n")]
    [InlineData("A.1\n")]
    public void A_trailing_line_break_is_refused(string text)
    {
        Assert.False(CatalogueValidator.IsKebabCase(text));
        Assert.False(CatalogueValidator.IsRegulationId(text));
        Assert.False(CatalogueValidator.IsSeedRef(text));
    }
}
