using System.Text;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Safety;
using static AiRegOps.Core.Tests.Safety.SafetyInput;

namespace AiRegOps.Core.Tests.Safety;

public sealed class InputErrorTests
{
    private static SafetyInputException Fails(string text, SafetyLimits? limits = null) =>
        Assert.Throws<SafetyInputException>(() => Read(text, limits: limits));

    [Fact]
    public void Each_malformed_line_is_an_error_with_its_line_column_and_field()
    {
        var ex = Fails(string.Join('\n',
            """{"id":"a","bank":"generation","risk":"A.1.1","outcome":"pass"}""",
            """{"id":"b","bank":"generaton","risk":"A.1.1","outcome":"pass"}""",
            """{"id":"c","bank":"generation","risk":"A.1.1","outcome":"refused"}""",
            """{"id":"d","bank":"should-refuse","outcome":"refused"}""",
            """{"id":"e","bank":"generation","risk":"A.1.1","outcome":"pass",}""",
            """{"id":"f","bank":"generation","risk":"A.1.1","outcome":"pass","score":1}""",
            """{"id":7,"bank":"generation","risk":"A.1.1","outcome":"pass"}""",
            "",
            """{"id":"h","bank":"generation","risk":"A.1.1","outcome":"pass"} {"id":"i"}"""));
        Assert.Equal(7, ex.TotalErrors);
        Assert.Collection(
            ex.Errors,
            e => Assert.Equal((2L, "bank"), (e.Line, e.Field)),
            e => Assert.Equal((3L, "outcome"), (e.Line, e.Field)),
            e => Assert.Equal((4L, "risk"), (e.Line, e.Field)),
            e => Assert.Equal((5L, (string?)null), (e.Line, e.Field)),
            e => Assert.Equal((6L, "score"), (e.Line, e.Field)),
            e => Assert.Equal((7L, "id"), (e.Line, e.Field)),
            e => Assert.Equal(9L, e.Line));
        Assert.Equal("judgements.jsonl:2:18: field 'bank': expected generation, should-refuse or should-not-refuse, got 'generaton'", ex.Errors[0].ToString());
        Assert.Contains("expected a string, found a number", ex.Errors[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_risk_is_refused_with_a_suggestion()
    {
        var ex = Fails("""{"id":"a","bank":"should-refuse","risk":"A.2.10","outcome":"refused"}""");
        var error = Assert.Single(ex.Errors);
        Assert.Equal("risk", error.Field);
        Assert.StartsWith("unknown risk 'A.2.10'; did you mean 'A.2.1'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_reported_with_the_first_line()
    {
        var ex = Fails(string.Join('\n',
            """{"id":"q1","bank":"generation","risk":"A.1.1","outcome":"pass"}""",
            """{"id":"q2","bank":"generation","risk":"A.1.1","outcome":"pass"}""",
            """{"id":"q\u0031","bank":"generation","risk":"A.1.1","outcome":"fail"}"""));
        var error = Assert.Single(ex.Errors);
        Assert.Equal((3L, "id"), (error.Line, error.Field));
        Assert.Equal("duplicate id: the same id as line 1", error.Message);
    }

    [Fact]
    public void A_line_over_the_length_limit_stops_reading_and_fails_closed()
    {
        var longTopic = new string('x', 300);
        var text = """{"id":"a","bank":"generation","risk":"A.1.1","outcome":"pass"}""" + "\n" + $$"""{"id":"b","bank":"should-not-refuse","outcome":"answered","topic":"{{longTopic}}"}""" + "\n";
        var ex = Fails(text, new SafetyLimits { MaxLineBytes = 200 });
        var error = Assert.Single(ex.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("longer than 200 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_count_limit_fails_closed()
    {
        var text = new SafetyInput().Add("generation", "A.1.1", "pass", 11);
        var ex = Assert.Throws<SafetyInputException>(() => Read(string.Concat(Enumerable.Repeat("""{"id":"x","bank":"generation","risk":"A.1.1","outcome":"pass"}""" + "\n", 1)) + string.Concat(Enumerable.Range(0, 10).Select(i => $$"""{"id":"y{{i}}","bank":"generation","risk":"A.1.1","outcome":"pass"}""" + "\n")), limits: new SafetyLimits { MaxLines = 10 }));
        Assert.Contains("more than 10 lines", ex.Errors[^1].Message, StringComparison.Ordinal);
        Assert.NotNull(text);
    }

    [Fact]
    public void Crlf_bom_and_escaped_values_are_read()
    {
        var text = "\uFEFF" + """{"id":"a","bank":"should-not-refuse","outcome":"answered","topic":"hist\u006Fry"}""" + "\r\n"
            + """{"id":"b","bank":"should-not-refuse","risk":"A.2.1","outcome":"refused","topic":"history"}""" + "\r\n";
        var tally = Read(text);
        Assert.Equal(2, tally.Total(SafetyBank.ShouldNotRefuse));
        Assert.Equal(["history"], tally.Topics);
        Assert.Equal(2, tally.PerTopic(0));
    }

    [Fact]
    public void Keyword_file_errors_name_the_line_and_suggest_the_risk()
    {
        var ex = Assert.Throws<SafetyInputException>(() =>
            KeywordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("keyword,risk\nfoo,A.1.1\nbar,A.1.9\n\"baz,A.1.2\n")), "kw.csv", Tc260.Taxonomy));
        Assert.Equal(2, ex.TotalErrors);
        Assert.Equal((3L, "risk"), (ex.Errors[0].Line, ex.Errors[0].Field));
        Assert.Contains("did you mean", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("not closed", ex.Errors[1].Message, StringComparison.Ordinal);

        var header = Assert.Throws<SafetyInputException>(() =>
            KeywordReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("word;risk\n")), "kw.csv", Tc260.Taxonomy));
        Assert.Contains("keyword,risk", header.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_sample_errors_name_the_field()
    {
        var ex = Assert.Throws<SafetyInputException>(() => CorpusSampleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(
            """{"id":"a","method":"manaul","source":"web","outcome":"pass"}""" + "\n" + """{"id":"b","method":"manual","outcome":"pass"}""")), "corpus.jsonl"));
        Assert.Equal(["method", "source"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void The_default_set_is_the_newest_in_force_and_unknown_ids_get_a_suggestion()
    {
        Assert.Equal("tc260-003-2024", ThresholdSets.Default.Select(null, new DateOnly(2025, 10, 31)).Id);
        Assert.Equal("gb-t-45654-2025", ThresholdSets.Default.Select(null, new DateOnly(2025, 11, 1)).Id);
        var early = Assert.Throws<ComplianceInputException>(() => ThresholdSets.Default.Select(null, new DateOnly(2024, 2, 1)));
        Assert.Contains("2024-03-01", early.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ComplianceInputException>(() => ThresholdSets.Default.Select("gb-t-45654", new DateOnly(2026, 1, 1)));
        Assert.Contains("did you mean 'gb-t-45654-2025'", unknown.Message, StringComparison.Ordinal);
    }
}
