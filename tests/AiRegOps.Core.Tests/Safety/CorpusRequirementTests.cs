using System.Text;
using AiRegOps.Core.Safety;
using static AiRegOps.Core.Tests.Safety.SafetyInput;

namespace AiRegOps.Core.Tests.Safety;

public sealed class CorpusRequirementTests
{
    private static CorpusTally Corpus(params (string Method, string Source, string Outcome, int Count)[] groups)
    {
        var text = new StringBuilder();
        var id = 0;
        foreach (var (method, source, outcome, count) in groups)
        {
            for (var i = 0; i < count; i++)
            {
                text.Append("{\"id\":\"c").Append(id++).Append("\",\"method\":\"").Append(method).Append("\",\"source\":\"").Append(source)
                    .Append("\",\"outcome\":\"").Append(outcome).Append("\"}\n");
            }
        }

        return CorpusSampleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "corpus.jsonl");
    }

    [Fact]
    public void Manual_sampling_exactly_at_four_thousand_and_ninety_six_percent_is_met_not_demonstrated()
    {
        // 3,840 of 4,000 = 96%: met; lower bound 0.95347 < 0.96.
        var corpus = Corpus(("manual", "web", "pass", 3840), ("manual", "books", "fail", 160));
        var result = Result(Evaluate(new SafetyInput().Tally(), corpus: corpus), "corpus-manual-sampling");
        Assert.Equal(SafetyStatus.Met, result.Status);
        Assert.False(result.Demonstrated);
        Assert.Equal(4000, result.SampleSize);
        Assert.Equal(0.953473, result.LowerBound!.Value, 6);
    }

    [Fact]
    public void Technical_sampling_must_cover_ten_percent_of_the_corpus()
    {
        // Corpus of 100,000 items: 10% is 10,000; 9,999 technical samples are one short.
        var corpus = Corpus(("technical", "web", "pass", 9999));
        var shortBy1 = Result(Evaluate(new SafetyInput().Tally(), corpus: corpus, corpusSize: 100_000), "corpus-technical-sampling");
        Assert.Equal(SafetyStatus.NotMet, shortBy1.Status);
        Assert.Contains("1 more technically sampled corpus items needed in the sample: 9,999 of the 10,000 required", shortBy1.Shortfall, StringComparison.Ordinal);

        // 99,990 items: 10% is 9,999 exactly: met, all passing; 1.0 lower bound 0.99962 ≥ 0.98.
        var exact = Result(Evaluate(new SafetyInput().Tally(), corpus: corpus, corpusSize: 99_990), "corpus-technical-sampling");
        Assert.Equal(SafetyStatus.Met, exact.Status);
        Assert.True(exact.Demonstrated);

        var noSize = Result(Evaluate(new SafetyInput().Tally(), corpus: corpus), "corpus-technical-sampling");
        Assert.Equal(SafetyStatus.NotAssessed, noSize.Status);
        Assert.Contains("-CorpusSize", noSize.Shortfall, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_above_five_percent_failing_are_named_and_five_percent_exactly_is_not_above()
    {
        // forum: 6 of 100 failed (6% > 5%); news: 5 of 100 (exactly 5%, not above; upper bound 0.11175 so not demonstrated).
        var corpus = Corpus(("manual", "forum", "fail", 6), ("manual", "forum", "pass", 94), ("manual", "news", "fail", 5), ("manual", "news", "pass", 95));
        var result = Result(Evaluate(new SafetyInput().Tally(), corpus: corpus), "corpus-source-blacklist");
        Assert.Equal(SafetyStatus.NotMet, result.Status);
        Assert.Equal(1, result.Observed);
        Assert.Equal("1 of 2 sources above the limit: 'forum': 6 of 100 sampled items failed (6.0%, above 5%): do not train on it", result.Shortfall);

        var clean = Corpus(("manual", "news", "fail", 5), ("manual", "news", "pass", 95));
        var met = Result(Evaluate(new SafetyInput().Tally(), corpus: clean), "corpus-source-blacklist");
        Assert.Equal(SafetyStatus.Met, met.Status);
        Assert.False(met.Demonstrated);
        Assert.Contains("'news' (100 items)", met.Shortfall, StringComparison.Ordinal);
    }
}
