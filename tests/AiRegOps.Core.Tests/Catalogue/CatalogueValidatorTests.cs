using System.Text;
using System.Text.Json.Nodes;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Catalogue;

/// <summary>
/// Feeds deliberately broken catalogues through <see cref="ObligationCatalogue.Load"/> and checks the exact problem
/// reported. Each case starts from a small valid catalogue and breaks one thing.
/// </summary>
public sealed class CatalogueValidatorTests
{
    private const string SourceName = "broken.json";

    [Fact]
    public void The_minimal_catalogue_is_valid()
    {
        var catalogue = Load(Valid());
        Assert.Equal(2, catalogue.Obligations.Count);
    }

    [Fact]
    public void A_duplicate_seed_ref_is_reported()
    {
        var doc = Valid();
        Obligation(doc, 1)["seedRef"] = "A.1";
        AssertSingleProblem(doc, "obligation 'second': seedRef 'A.1' is used twice");
    }

    [Fact]
    public void A_malformed_seed_ref_is_reported()
    {
        var doc = Valid();
        Obligation(doc, 1)["seedRef"] = "C.7";
        AssertSingleProblem(doc, "obligation 'second': seedRef 'C.7' is not of the form A.n or B.n");
    }

    [Fact]
    public void A_duplicate_obligation_id_is_reported()
    {
        var doc = Valid();
        Obligation(doc, 1)["id"] = "first";
        AssertSingleProblem(doc, "obligation 'first' is defined twice");
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_reported()
    {
        var doc = Valid();
        Obligation(doc, 1)["id"] = "Second_Duty";
        AssertSingleProblem(doc, "obligation 'Second_Duty': id is not kebab-case");
    }

    [Fact]
    public void A_source_naming_an_unknown_regulation_is_reported()
    {
        var doc = Valid();
        Sources(doc, 1)[0]!["regulationId"] = "NOPE";
        AssertSingleProblem(doc, "obligation 'second': source 1 (NOPE Art. 3): names unknown regulation 'NOPE'");
    }

    [Fact]
    public void A_source_without_article_or_note_is_reported()
    {
        var doc = Valid();
        Sources(doc, 1)[0]!.AsObject().Remove("article");
        AssertSingleProblem(doc, "obligation 'second': source 1 (LAW (no article named)): has no article and no note saying why");
    }

    [Fact]
    public void A_source_without_article_but_with_a_note_is_accepted()
    {
        var doc = Valid();
        var source = Sources(doc, 1)[0]!.AsObject();
        source.Remove("article");
        source["note"] = "The text names no article: the duty is in an appendix.";
        Assert.Null(Load(doc).GetObligation("second").Sources[0].Article);
    }

    [Fact]
    public void A_rule_without_an_event_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0).Remove("events");
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (LAW, working-days-after-event): needs at least one event");
    }

    [Fact]
    public void A_day_count_rule_without_an_amount_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0)["kind"] = "calendar-days-after-event";
        Rule(doc, 0).Remove("amount");
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (LAW, calendar-days-after-event): needs an amount greater than 0");
    }

    [Fact]
    public void A_rule_naming_an_unknown_regulation_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0)["regulationId"] = "NOPE";
        Rule(doc, 0)["source"]!["regulationId"] = "NOPE";
        AssertSingleProblem(doc, "obligation 'first': deadline rule names unknown regulation 'NOPE'");
    }

    [Fact]
    public void A_rule_whose_regulation_is_not_a_source_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0)["regulationId"] = "OLD";
        Rule(doc, 0)["source"]!["regulationId"] = "OLD";
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (OLD, working-days-after-event): regulation 'OLD' is not among the obligation's sources");
    }

    [Fact]
    public void A_rule_whose_source_cites_another_regulation_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0)["source"]!["regulationId"] = "OLD";
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (LAW, working-days-after-event): source cites 'OLD' but the rule is governed by 'LAW'");
    }

    [Theory]
    [InlineData(2, 30)]
    [InlineData(13, 1)]
    [InlineData(4, 0)]
    public void A_fixed_date_rule_with_an_impossible_date_is_reported(int month, int day)
    {
        var doc = Valid();
        var rule = Rule(doc, 0);
        rule["kind"] = "fixed-date-each-year";
        rule.Remove("amount");
        rule.Remove("events");
        rule["month"] = month;
        rule["day"] = day;
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (LAW, fixed-date-each-year): needs a valid month and day");
    }

    [Fact]
    public void A_fixed_date_rule_on_29_February_is_accepted()
    {
        var doc = Valid();
        var rule = Rule(doc, 0);
        rule["kind"] = "fixed-date-each-year";
        rule.Remove("amount");
        rule.Remove("events");
        rule["month"] = 2;
        rule["day"] = 29;
        Assert.Equal(29, Load(doc).GetObligation("first").Deadlines[0].Day);
    }

    [Fact]
    public void An_interval_rule_without_an_anchor_event_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0)["kind"] = "every-months-after-event";
        Rule(doc, 0).Remove("events");
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (LAW, every-months-after-event): needs an anchor event");
    }

    [Fact]
    public void A_policy_rule_without_a_policy_setting_is_reported()
    {
        var doc = Valid();
        Rule(doc, 0)["isPolicy"] = true;
        AssertSingleProblem(doc, "obligation 'first': deadline 1 (LAW, working-days-after-event): a policy rule needs a policySetting");
    }

    [Fact]
    public void A_superseding_regulation_must_exist()
    {
        var doc = Valid();
        Regulation(doc, 1)["supersededBy"] = "GHOST";
        AssertSingleProblem(doc, "regulation 'OLD': supersededBy names unknown regulation 'GHOST'");
    }

    [Fact]
    public void A_superseded_regulation_needs_an_end_date()
    {
        var doc = Valid();
        Regulation(doc, 1).Remove("endsOn");
        AssertSingleProblem(doc, "regulation 'OLD': a superseded regulation needs supersededBy and endsOn");
    }

    [Fact]
    public void A_duplicate_regulation_is_reported()
    {
        var doc = Valid();
        Regulation(doc, 1)["id"] = "LAW";
        Regulation(doc, 1).Remove("supersededBy");
        Regulation(doc, 1)["status"] = "repealed";
        AssertSingleProblem(doc, "regulation 'LAW' is defined twice");
    }

    [Fact]
    public void Overall_confidence_above_the_weakest_source_is_reported()
    {
        var doc = Valid();
        Sources(doc, 1)[0]!["confidence"] = "unverified";
        AssertSingleProblem(doc, "obligation 'second': confidence 'single-source' is higher than its weakest fact 'unverified'");
    }

    [Fact]
    public void Overall_confidence_above_a_binding_rule_is_reported_but_advisory_rules_do_not_count()
    {
        var doc = Valid();
        Rule(doc, 0)["confidence"] = "not-found";
        AssertSingleProblem(doc, "obligation 'first': confidence 'confirmed' is higher than its weakest fact 'not-found'");

        Rule(doc, 0)["isAdvisory"] = true;
        Assert.True(Load(doc).GetObligation("first").Deadlines[0].IsAdvisory);
    }

    [Fact]
    public void Several_problems_are_all_reported_in_order()
    {
        var doc = Valid();
        Obligation(doc, 1)["seedRef"] = "A.1";
        Rule(doc, 0).Remove("events");
        var ex = Assert.Throws<CatalogueException>(() => Load(doc));
        Assert.Equal(
            $"{SourceName}: 2 problem(s):{Environment.NewLine}"
            + $"  obligation 'first': deadline 1 (LAW, working-days-after-event): needs at least one event{Environment.NewLine}"
            + "  obligation 'second': seedRef 'A.1' is used twice",
            ex.Message);
    }

    [Fact]
    public void An_unknown_property_is_rejected_with_its_location()
    {
        var doc = Valid();
        Obligation(doc, 0)["deadline"] = "soon";
        var ex = Assert.Throws<CatalogueException>(() => Load(doc));
        Assert.StartsWith($"{SourceName}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("deadline", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fact_must_carry_its_confidence()
    {
        var doc = Valid();
        Sources(doc, 0)[0]!.AsObject().Remove("confidence");

        var error = Assert.Throws<CatalogueException>(() => Load(doc));

        Assert.Equal("broken.json: $.obligations[0].sources[0]: missing required property 'confidence'", error.Message);
    }

    [Fact]
    public void An_unknown_property_or_a_wrong_kind_of_value_is_refused_with_its_path()
    {
        var misspelt = Valid();
        Obligation(misspelt, 1)["confidense"] = "confirmed";
        var wrongKind = Valid();
        Rule(wrongKind, 0)["amount"] = "ten";
        var badEnum = Valid();
        Regulation(badEnum, 0)["status"] = "in force";

        Assert.Equal("broken.json: $.obligations[1].confidense: unknown property", Assert.Throws<CatalogueException>(() => Load(misspelt)).Message);
        Assert.Equal("broken.json: $.obligations[0].deadlines[0].amount: expected an integer, found string", Assert.Throws<CatalogueException>(() => Load(wrongKind)).Message);
        Assert.StartsWith("broken.json: $.regulations[0].status: expected one of draft, in-force, superseded, repealed, found 'in force'",
            Assert.Throws<CatalogueException>(() => Load(badEnum)).Message, StringComparison.Ordinal);
    }

    private static JsonObject Valid() => JsonNode.Parse(
        """
        {
          "version": "2026-01-01",
          "regulations": [
            { "id": "LAW", "nameZh": "法", "nameEn": "Law", "shortName": "Law", "effectiveOn": "2020-01-01", "status": "in-force", "confidence": "confirmed" },
            { "id": "OLD", "nameZh": "旧法", "nameEn": "Old law", "shortName": "Old", "effectiveOn": "2010-01-01", "status": "superseded", "confidence": "confirmed",
              "supersededBy": "LAW", "endsOn": "2020-01-01" }
          ],
          "obligations": [
            {
              "id": "first", "seedRef": "A.1", "title": "First", "summary": "A duty.", "roles": ["service-provider"], "phase": "on-event",
              "sources": [ { "regulationId": "LAW", "article": 1, "paragraph": 2, "confidence": "confirmed" } ],
              "deadlines": [
                { "kind": "working-days-after-event", "amount": 10, "events": ["launched"], "regulationId": "LAW",
                  "source": { "regulationId": "LAW", "article": 1, "paragraph": 2, "confidence": "confirmed" },
                  "confidence": "confirmed", "description": "within 10 working days from launch" }
              ],
              "evidence": ["a", "b"], "confidence": "confirmed"
            },
            {
              "id": "second", "title": "Second", "summary": "Another duty.", "roles": ["user"], "phase": "operation",
              "sources": [ { "regulationId": "LAW", "article": 3, "confidence": "single-source" } ],
              "evidence": ["a", "b"], "confidence": "single-source"
            }
          ]
        }
        """)!.AsObject();

    private static JsonObject Regulation(JsonObject doc, int index) => doc["regulations"]![index]!.AsObject();

    private static JsonObject Obligation(JsonObject doc, int index) => doc["obligations"]![index]!.AsObject();

    private static JsonArray Sources(JsonObject doc, int obligation) => Obligation(doc, obligation)["sources"]!.AsArray();

    private static JsonObject Rule(JsonObject doc, int obligation) => Obligation(doc, obligation)["deadlines"]![0]!.AsObject();

    private static ObligationCatalogue Load(JsonObject doc)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(doc.ToJsonString()));
        return ObligationCatalogue.Load(stream, SourceName);
    }

    private static void AssertSingleProblem(JsonObject doc, string problem)
    {
        var ex = Assert.Throws<CatalogueException>(() => Load(doc));
        Assert.Equal($"{SourceName}: 1 problem(s):{Environment.NewLine}  {problem}", ex.Message);
    }
}
