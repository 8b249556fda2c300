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
    [InlineData(false)]
    [InlineData(true)]
    public void Big_endian_TIFF_and_BigTIFF_carry_the_XMP_label_too(bool bigTiff)
    {
        var xmp = Bytes.Utf8(Xmp.Packet([Variants.Valid], other: false));
        var file = bigTiff ? BigTiff(xmp) : BigEndianTiff(xmp);

        var result = Scanner.Check("scan.tif", new MemoryRangeSource(file));

        Assert.True(result.Verdict == LabelVerdict.Compliant, result.Reason);
        Assert.Equal("TIFF", result.Format);
    }

    // "MM", 42, IFD at 8 with one entry: tag 700 (XMP), type 7, the packet after the IFD.
    private static byte[] BigEndianTiff(byte[] xmp) => Bytes.Cat(
        Bytes.Ascii("MM"), Bytes.U16BE(42), Bytes.U32BE(8),
        Bytes.U16BE(1), Bytes.U16BE(700), Bytes.U16BE(7), Bytes.U32BE((uint)xmp.Length), Bytes.U32BE(8 + 2 + 12 + 4), Bytes.U32BE(0),
        xmp);

    // BigTIFF: "II", 43, offset size 8, IFD at 16 with 8-byte counts and offsets.
    private static byte[] BigTiff(byte[] xmp)
    {
        static byte[] U64(ulong v) => BitConverter.GetBytes(v);
        const ulong ifd = 16, packet = ifd + 8 + 20 + 8;
        return Bytes.Cat(
            Bytes.Ascii("II"), Bytes.U16LE(43), Bytes.U16LE(8), Bytes.U16LE(0), U64(ifd),
            U64(1), Bytes.U16LE(700), Bytes.U16LE(7), U64((ulong)xmp.Length), U64(packet), U64(0),
            xmp);
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
