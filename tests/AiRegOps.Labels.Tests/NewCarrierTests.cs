using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;
using AiRegOps.Labels.Tests.Corpus;

namespace AiRegOps.Labels.Tests;

/// <summary>The carriers read since TC260-PG-20257A/20259A were added (Matroska/WebM, AVI, FLV, GIF, TIFF): shapes beyond the corpus.</summary>
public sealed class NewCarrierTests
{
    private static readonly LabelScanner Scanner = new();

    [Fact]
    public void WebM_is_told_apart_from_Matroska_by_its_DocType()
    {
        var result = Scanner.Check("clip.webm", new MemoryRangeSource(CorpusCarriers.MatroskaFile([Variants.Valid], true, "webm")));

        Assert.True(result.Verdict == LabelVerdict.Compliant, result.Reason);
        Assert.Equal("WebM", result.Format);
    }

    [Fact]
    public void Every_corpus_format_has_a_placement_with_its_guide_and_confidence_in_the_rules_data()
    {
        foreach (var format in CorpusCarriers.All.Select(c => c.Format).Append("WebM").Distinct())
        {
            var placement = LabelRuleSet.Default.PlacementFor(format);
            Assert.True(placement is not null, $"no placement for {format}");
            Assert.StartsWith("TC260-PG-", placement.Guide, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("gif-xmp-tail", "XMP application extension")]
    [InlineData("mkv-tags-tail", "SimpleTag")]
    [InlineData("flv-metadata-tail", "onMetaData")]
    [InlineData("tiff-xmp-tail", "0x2BC")]
    [InlineData("avi-info-tail", "LIST/INFO")]
    public void A_missing_label_names_the_expected_placement_and_its_confidence(string carrierName, string placement)
    {
        var carrier = CorpusCarriers.All.Single(c => c.Name == carrierName);

        var result = Scanner.Check(carrier.Name + carrier.Extension, new MemoryRangeSource(carrier.Build([], true)));

        Assert.Equal(LabelVerdict.NotFound, result.Verdict);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "AIGC040");
        Assert.Contains(placement, finding.Message, StringComparison.Ordinal);
        Assert.Contains("TC260-PG-", finding.Message, StringComparison.Ordinal);
        Assert.Contains("[2+]", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flv-metadata-tail")] // through the PreviousTagSize back-pointers, not a walk over the media tags
    [InlineData("mkv-tags-tail")] // through the SeekHead, not a walk over the Clusters
    public void A_tail_label_in_a_long_file_is_reached_in_a_few_reads(string carrierName)
    {
        var result = Scanner.Check(carrierName, new MemoryRangeSource(LongFile(carrierName)));

        Assert.True(result.Verdict == LabelVerdict.Compliant, result.Reason);
        Assert.True(result.Reads <= 3, $"{result.Reads} reads");
    }

    private static byte[] LongFile(string carrierName)
    {
        var carrier = CorpusCarriers.All.Single(c => c.Name == carrierName);
        var previous = CorpusCarriers.MediaBytes;
        try
        {
            CorpusCarriers.MediaBytes = 4 * 1024 * 1024;
            return carrier.Build([Variants.Valid], true);
        }
        finally
        {
            CorpusCarriers.MediaBytes = previous;
        }
    }
}
