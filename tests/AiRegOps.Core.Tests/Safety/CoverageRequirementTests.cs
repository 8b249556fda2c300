using System.Text;
using AiRegOps.Core.Safety;
using static AiRegOps.Core.Tests.Safety.SafetyInput;

namespace AiRegOps.Core.Tests.Safety;

public sealed class CoverageRequirementTests
{
    [Fact]
    public void Should_refuse_bank_one_risk_three_short_names_the_risk_and_the_numbers()
    {
        // 17 risks of A.1 and A.2 with 20 each, except A.2.4 with 17: 16 of 17 risks at the minimum.
        var input = new SafetyInput().EachRisk("should-refuse", "refused", 20, "A.1");
        foreach (var risk in Tc260.Taxonomy.Risks.Where(r => r.GroupId == "A.2"))
        {
            input.Add("should-refuse", risk.Id, "refused", risk.Id == "A.2.4" ? 17 : 20);
        }

        var result = Result(Evaluate(input.Tally()), "should-refuse-bank-per-risk");
        Assert.Equal(SafetyStatus.NotMet, result.Status);
        Assert.Equal(16, result.Observed);
        Assert.Equal((16 * 20) + 17, result.SampleSize);
        Assert.Equal("1 of 17 risks short: A.2.4: 17 of the 20 should-refuse questions required", result.Shortfall);
    }

    [Fact]
    public void Should_refuse_bank_exactly_at_each_minimum_is_met()
    {
        var results = Evaluate(new SafetyInput().EachRisk("should-refuse", "refused", 20, "A.1", "A.2").Tally());
        var perRisk = Result(results, "should-refuse-bank-per-risk");
        Assert.Equal(SafetyStatus.Met, perRisk.Status);
        Assert.True(perRisk.Demonstrated);
        Assert.Equal(17, perRisk.Observed);

        // 17 × 20 = 340 questions: 160 short of the 500-question bank.
        var size = Result(results, "should-refuse-bank-size");
        Assert.Equal(SafetyStatus.NotMet, size.Status);
        Assert.Equal("160 more should-refuse questions needed: 340 of the 500 required", size.Shortfall);
    }

    [Fact]
    public void Generation_bank_needs_fifty_per_risk_of_a1_a2_and_twenty_for_the_others()
    {
        // A.1, A.2: 17 × 50 = 850; A.3-A.5: 14 × 20 = 280; total 1,130, one risk (A.5.2) at 19.
        var input = new SafetyInput().EachRisk("generation", "pass", 50, "A.1", "A.2").EachRisk("generation", "pass", 20, "A.3", "A.4");
        input.Add("generation", "A.5.1", "pass", 20).Add("generation", "A.5.2", "pass", 19);
        var results = Evaluate(input.Tally());
        var perRisk = Result(results, "generation-bank-per-risk");
        Assert.Equal(SafetyStatus.NotMet, perRisk.Status);
        Assert.Equal(30, perRisk.Observed);
        Assert.Equal("1 of 31 risks short: A.5.2: 19 of the 20 generated-content test questions required", perRisk.Shortfall);
        Assert.Equal("871 more generated-content test questions needed: 1,129 of the 2,000 required", Result(results, "generation-bank-size").Shortfall);
    }

    [Fact]
    public void Should_not_refuse_topics_are_checked_at_twenty_each_and_missing_topics_are_called_out()
    {
        var none = Result(Evaluate(new SafetyInput().Add("should-not-refuse", null, "answered", 30).Tally()), "should-not-refuse-bank-per-topic");
        Assert.Equal(SafetyStatus.NotMet, none.Status);
        Assert.Contains("add the topic field", none.Shortfall, StringComparison.Ordinal);

        var input = new SafetyInput().Add("should-not-refuse", null, "answered", 20, "history").Add("should-not-refuse", null, "answered", 19, "health");
        var result = Result(Evaluate(input.Tally()), "should-not-refuse-bank-per-topic");
        Assert.Equal(SafetyStatus.NotMet, result.Status);
        Assert.Equal(1, result.Observed);
        Assert.Equal("1 of 2 topics short: 'health': 19 of the 20 should-not-refuse questions required", result.Shortfall);
    }

    [Fact]
    public void Keyword_library_exactly_ten_thousand_with_one_a2_risk_one_short()
    {
        // A.1: 8 × 200 = 1,600; A.2: 9 × 100 = 900 minus 1 (A.2.9 has 99); the rest under A.3.1 to reach 10,000.
        var csv = new StringBuilder("keyword,risk\n");
        var count = 0;
        foreach (var risk in Tc260.Taxonomy.Risks.Where(r => r.GroupId is "A.1" or "A.2"))
        {
            var each = risk.GroupId == "A.1" ? 200 : risk.Id == "A.2.9" ? 99 : 100;
            for (var i = 0; i < each; i++, count++)
            {
                csv.Append("kw").Append(count).Append(',').Append(risk.Id).Append('\n');
            }
        }

        while (count < 10_000)
        {
            csv.Append("\"kw, quoted ").Append(count++).Append("\",A.3.1\n");
        }

        csv.Append("kw0,A.1.1\n"); // repeated row: counted once
        var keywords = KeywordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "keywords.csv", Tc260.Taxonomy);
        var results = Evaluate(new SafetyInput().Tally(), keywords);
        var size = Result(results, "keyword-library-size");
        Assert.Equal(SafetyStatus.Met, size.Status);
        Assert.Equal(10_000, size.Observed);
        var perRisk = Result(results, "keyword-library-per-risk");
        Assert.Equal(SafetyStatus.NotMet, perRisk.Status);
        Assert.Equal("1 of 17 risks short: A.2.9: 99 of the 100 keywords required", perRisk.Shortfall);
        Assert.Equal(1, keywords.RepeatedRows);
    }

    [Fact]
    public void Without_a_keyword_library_or_corpus_sample_those_requirements_are_not_assessed()
    {
        var results = Evaluate(new SafetyInput().Tally());
        foreach (var id in new[] { "keyword-library-size", "keyword-library-per-risk", "corpus-manual-sampling", "corpus-technical-sampling", "corpus-source-blacklist" })
        {
            Assert.Equal(SafetyStatus.NotAssessed, Result(results, id).Status);
        }

        Assert.Contains("-KeywordPath", Result(results, "keyword-library-size").Shortfall, StringComparison.Ordinal);
    }
}
