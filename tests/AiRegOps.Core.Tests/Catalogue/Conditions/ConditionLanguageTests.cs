using System.Text;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Catalogue.Conditions;

/// <summary>Conditions are validated at load with precise errors.</summary>
public sealed class ConditionLanguageTests
{
    private static CatalogueException Load(string when)
    {
        var json = $$"""
        { "version": "t", "regulations": [ { "id": "ARR", "nameZh": "算法", "nameEn": "A", "shortName": "A", "confidence": "confirmed", "status": "in-force", "effectiveOn": "2022-03-01" } ],
          "obligations": [ { "id": "o", "title": "t", "summary": "s", "roles": ["service-provider"], "phase": "operation", "confidence": "confirmed",
            "sources": [ { "regulationId": "ARR", "article": 8, "confidence": "confirmed" } ], "when": {{when}} } ] }
        """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Assert.Throws<CatalogueException>(() => ObligationCatalogue.Load(stream, "t.json"));
    }

    [Theory]
    [InlineData("""{ "fact": "technologys", "in": ["deep-synthesis"] }""", "$.obligations[0].when.fact: unknown fact 'technologys'", "Did you mean 'technologies'?")]
    [InlineData("""{ "fact": "technologies", "in": ["deep-synthesys"] }""", "$.obligations[0].when.in[0]: 'deep-synthesys' is not a member of technologies", "Did you mean 'deep-synthesis'?")]
    [InlineData("""{ "fact": "offeredInPrc", "in": ["x"] }""", "$.obligations[0].when.in: fact 'offeredInPrc' is a flag", "equals")]
    [InlineData("""{ "anyOf": [] }""", "$.obligations[0].when.anyOf: an empty anyOf never holds", "")]
    [InlineData("""{ "allOf": [ { "fact": "roles" } ] }""", "$.obligations[0].when.allOf[0]: fact 'roles' is a set", "")]
    [InlineData("""{ "fact": "publicOpinion", "equals": true, "source": { "regulationId": "XYZ", "article": 2, "confidence": "confirmed" } }""", "names unknown regulation 'XYZ'", "")]
    public void A_bad_condition_fails_the_load_with_its_path(string when, string expected, string hint)
    {
        var error = Load(when);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }
}
