using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Tests.Corpus;

namespace AiRegOps.Labels.Tests;

/// <summary>Every carrier × every variant of the generated corpus gets its expected verdict.</summary>
public sealed class CorpusTests
{
    private static readonly LabelScanner Scanner = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var carrier in CorpusCarriers.All)
        {
            foreach (var variant in Variants.All)
            {
                data.Add(carrier.Name, variant.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_file_gets_its_expected_verdict(string carrierName, string variantName)
    {
        var carrier = CorpusCarriers.All.Single(c => c.Name == carrierName);
        var variant = Variants.All.Single(v => v.Name == variantName);
        var file = variant.Build(carrier);

        var result = Scanner.Check(carrier.Name + carrier.Extension, new MemoryRangeSource(file));

        Assert.True(variant.Expected == result.Verdict, $"{carrierName}/{variantName}: expected {variant.Expected}, got {result.Verdict}: {result.Reason} | {string.Join(" | ", result.Findings)}");
        Assert.DoesNotContain(LabelScanner.UnexpectedPrefix, result.Reason, StringComparison.Ordinal);
        if (variant.Expected is LabelVerdict.Compliant)
        {
            Assert.Equal(carrier.Format, result.Format);
            Assert.Equal("1", result.Label);
            Assert.Equal("001191440300708461136T1XGW3", result.ContentProducer);
            Assert.Equal("20251201-0001", result.ProduceID);
            Assert.DoesNotContain(result.Findings, f => f.Severity != Rules.LabelSeverity.Note);
        }
    }

    [Theory]
    [InlineData("wrong-label-value", "AIGC010")]
    [InlineData("bad-characters", "AIGC011")]
    [InlineData("duplicate-conflicting", "AIGC030")]
    [InlineData("missing", "AIGC040")]
    [InlineData("truncated", "AIGC041")]
    public void Each_variant_is_reported_under_its_rule_id(string variantName, string ruleId)
    {
        var variant = Variants.All.Single(v => v.Name == variantName);
        foreach (var carrier in CorpusCarriers.All)
        {
            var result = Scanner.Check(carrier.Name + carrier.Extension, new MemoryRangeSource(variant.Build(carrier)));
            Assert.True(result.Findings.Any(f => f.RuleId == ruleId), $"{carrier.Name}: no {ruleId} in {string.Join(" | ", result.Findings)}");
        }
    }
}
