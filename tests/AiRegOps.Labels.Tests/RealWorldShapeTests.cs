using System.Text;
using AiRegOps.Core.Identifiers;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Tests.Corpus;

namespace AiRegOps.Labels.Tests;

/// <summary>The shapes met in real files, and the provider-code and credit-code checks.</summary>
public sealed class RealWorldShapeTests
{
    private static readonly LabelScanner Scanner = new();

    [Fact]
    public void Xmp_value_encoded_twice_with_html_entities_is_decoded_and_noted()
    {
        var packet = Xmp.Packet([Variants.Valid], other: false, doubleEncode: true);
        Assert.Contains("&amp;quot;", packet, StringComparison.Ordinal);
        var file = Bytes.Cat([0xFF, 0xD8], [0xFF, 0xE1], Bytes.U16BE((ushort)(Bytes.Utf8(packet).Length + 2 + 29)), Bytes.Ascii("http://ns.adobe.com/xap/1.0/\0"), Bytes.Utf8(packet), [0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0], [0xFF, 0xD9]);

        var result = Scanner.Check("x.jpg", new MemoryRangeSource(file));

        Assert.Equal(LabelVerdict.Compliant, result.Verdict);
        Assert.Equal("20251201-0001", result.ProduceID);
        Assert.Contains(result.Findings, f => f.RuleId == "AIGC050");
    }

    [Fact]
    public void Markdown_front_matter_with_Label_AIGC_and_a_chinese_name_is_noncompliant_with_reasons()
    {
        var file = Encoding.UTF8.GetBytes("---\ntitle: 周报\nLabel: AIGC\nContentProducer: 示例智能科技有限公司\n---\n# 正文\n");

        var result = Scanner.Check("weekly.md", new MemoryRangeSource(file));

        Assert.Equal(LabelVerdict.Noncompliant, result.Verdict);
        var rules = result.Findings.Select(f => f.RuleId).ToHashSet();
        Assert.Contains("AIGC001", rules);
        Assert.Contains("AIGC010", rules);
        Assert.Contains("AIGC011", rules);
    }

    [Fact]
    public void Markdown_nested_mapping_under_AIGC_is_read_as_the_label()
    {
        var file = Encoding.UTF8.GetBytes("---\nAIGC:\n  Label: \"1\"\n  ContentProducer: \"001191110102MAD55U9H0F10002\"\n  ProduceID: \"p-1\"\n  ReservedCode1: \"\"\n  ContentPropagator: \"\"\n  PropagateID: \"\"\n  ReservedCode2: \"\"\n---\nbody\n");

        var result = Scanner.Check("page.md", new MemoryRangeSource(file));

        Assert.Equal(LabelVerdict.Compliant, result.Verdict);
        Assert.Equal("001191110102MAD55U9H0F10002", result.ContentProducer);
    }

    [Theory]
    [InlineData("001191440300708461136T1XGW3", null)]
    [InlineData("001191110102MAD55U9H0F10002", null)]
    [InlineData("001191440300708461136X1XGW3", "AIGC023")]
    [InlineData("991191440300708461136T1XGW3", null)] // does not start with 00: read as a name
    [InlineData("001191440300708461136T3XGW3", "AIGC022")]
    [InlineData("示例智能科技有限公司", "AIGC011")]
    [InlineData("ExampleTech", "AIGC021")]
    public void ContentProducer_is_checked_as_a_code_or_flagged_as_a_name(string producer, string? ruleId)
    {
        var value = Variants.Valid.Replace("001191440300708461136T1XGW3", producer, StringComparison.Ordinal);
        var file = Encoding.UTF8.GetBytes($"---\nAIGC: '{value}'\n---\n");

        var result = Scanner.Check("p.md", new MemoryRangeSource(file));

        if (ruleId is null)
        {
            Assert.DoesNotContain(result.Findings, f => f.RuleId is "AIGC022" or "AIGC023");
        }
        else
        {
            Assert.Contains(result.Findings, f => f.RuleId == ruleId);
        }
    }

    [Fact]
    public void Label_as_a_number_is_noncompliant()
    {
        var value = Variants.Valid.Replace("\"Label\":\"1\"", "\"Label\":1", StringComparison.Ordinal);
        var result = Scanner.Check("n.md", new MemoryRangeSource(Encoding.UTF8.GetBytes($"---\nAIGC: '{value}'\n---\n")));

        Assert.Equal(LabelVerdict.Noncompliant, result.Verdict);
        Assert.Contains(result.Findings, f => f.RuleId == "AIGC010" && f.Message.Contains("not a string", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("91440300708461136T", true)]
    [InlineData("91110102MAD55U9H0F", true)]
    [InlineData("91110108MA01ABCD3L", true)]
    [InlineData("91110108MA01ABCD3K", false)]
    [InlineData("9111010800000", false)]
    [InlineData("91110108MA01ABCDIL", false)]
    public void Credit_code_check_character_follows_GB_32100(string code, bool valid) =>
        Assert.Equal(valid, UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void A_label_at_the_head_of_a_large_file_is_read_within_64_KiB()
    {
        var packet = Xmp.Packet([Variants.Valid], other: false);
        var file = Bytes.Cat(Bytes.Cat([0xFF, 0xD8], [0xFF, 0xE1], Bytes.U16BE((ushort)(Bytes.Utf8(packet).Length + 2 + 29)), Bytes.Ascii("http://ns.adobe.com/xap/1.0/\0"), Bytes.Utf8(packet), [0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0]), Bytes.Media(1 << 20), [0xFF, 0xD9]);

        var result = Scanner.Check("big.jpg", new MemoryRangeSource(file));

        Assert.Equal(LabelVerdict.Compliant, result.Verdict);
        Assert.True(result.BytesRead <= 64 * 1024, $"{result.BytesRead} bytes read");
    }
}

public sealed class LargePngTests
{
    [Fact]
    public void Label_after_many_IDAT_chunks_is_found_from_the_end_without_walking_every_chunk()
    {
        var parts = new List<byte[]> { new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, CorpusCarriers.PngChunk("IHDR", Bytes.Cat(Bytes.U32BE(64), Bytes.U32BE(64), [8, 2, 0, 0, 0])) };
        for (var i = 0; i < 128; i++)
        {
            parts.Add(CorpusCarriers.PngChunk("IDAT", Bytes.Media(8192, i)));
        }

        parts.Add(CorpusCarriers.PngChunk("tEXt", Bytes.Cat(Bytes.Latin1("AIGC\0"), Bytes.Utf8(Variants.Valid))));
        parts.Add(CorpusCarriers.PngChunk("IEND", []));

        var result = new LabelScanner().Check("big.png", new MemoryRangeSource(Bytes.Cat(parts)));

        Assert.Equal(LabelVerdict.Compliant, result.Verdict);
        Assert.True(result.Reads <= 3, $"{result.Reads} reads");
    }
}
