using System.Text;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Tests.Corpus;

namespace AiRegOps.Labels.Tests;

/// <summary>
/// The PDF reader beyond the generated corpus: cross-reference and object streams, incremental updates (the newest
/// /Info is the label; a different or removed label in an earlier revision is reported), text-string encodings,
/// encryption and broken /Prev chains.
/// </summary>
public sealed class PdfReaderTests
{
    private static readonly LabelScanner Scanner = new();

    private static AigcLabelResult Check(byte[] file) => Scanner.Check("doc.pdf", new MemoryRangeSource(file));

    private static (byte[] Bytes, long Xref) Original(string? label) =>
        PdfBuilder.Classic([PdfBuilder.Catalog, PdfBuilder.Pages, PdfBuilder.Info(label)]);

    [Fact]
    public void Info_inside_an_object_stream_behind_a_predicted_cross_reference_stream_is_read()
    {
        var result = Check(PdfBuilder.WithObjectStreams(PdfBuilder.Info(Variants.Valid)));

        Assert.True(result.Verdict == LabelVerdict.Compliant, result.Reason);
        Assert.Equal("20251201-0001", result.ProduceID);
    }

    [Fact]
    public void An_update_that_changes_the_label_leaves_two_conflicting_labels_and_shows_the_newest()
    {
        var (bytes, xref) = Original(Variants.Valid);
        var (updated, _) = PdfBuilder.Update(bytes, xref, new Dictionary<int, string> { [3] = PdfBuilder.Info(Variants.Conflicting) }, 4);

        var result = Check(updated);

        Assert.Equal(LabelVerdict.Noncompliant, result.Verdict);
        Assert.Equal("20251201-0002", result.ProduceID);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "AIGC030");
        Assert.Contains("earlier revision", finding.Message, StringComparison.Ordinal);
        Assert.Contains("conflict", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_that_keeps_the_label_is_one_label()
    {
        var (bytes, xref) = Original(Variants.Valid);
        var (updated, _) = PdfBuilder.Update(bytes, xref, new Dictionary<int, string> { [3] = PdfBuilder.Info(Variants.Valid, "A new title") }, 4);

        var result = Check(updated);

        Assert.True(result.Verdict == LabelVerdict.Compliant, result.Reason);
        Assert.Equal(1, result.LabelCount);
    }

    [Fact]
    public void An_update_that_removes_the_label_is_reported_under_Art_10()
    {
        var (bytes, xref) = Original(Variants.Valid);
        var (updated, _) = PdfBuilder.Update(bytes, xref, new Dictionary<int, string> { [3] = PdfBuilder.Info(null) }, 4);

        var result = Check(updated);

        Assert.Equal(LabelVerdict.Noncompliant, result.Verdict);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "AIGC031");
        Assert.Contains("removed", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Core.Confidence.Unverified, finding.Confidence);
    }

    [Fact]
    public void A_label_added_by_an_update_to_an_unlabelled_file_is_one_label()
    {
        var (bytes, xref) = Original(null);
        var (updated, _) = PdfBuilder.Update(bytes, xref, new Dictionary<int, string> { [3] = PdfBuilder.Info(Variants.Valid) }, 4);

        Assert.Equal(LabelVerdict.Compliant, Check(updated).Verdict);
    }

    [Fact]
    public void Utf16_hex_string_and_an_indirect_string_value_are_decoded()
    {
        var hex = "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(Variants.Valid)) + ">";
        var direct = Check(PdfBuilder.Classic([PdfBuilder.Catalog, PdfBuilder.Pages, "<< /AIGC " + hex + " >>"]).Bytes);
        var indirect = Check(PdfBuilder.Classic([PdfBuilder.Catalog, PdfBuilder.Pages, "<< /AIGC 4 0 R >>", PdfBuilder.Literal(Variants.Valid)]).Bytes);

        Assert.True(direct.Verdict == LabelVerdict.Compliant, direct.Reason);
        Assert.True(indirect.Verdict == LabelVerdict.Compliant, indirect.Reason);
        Assert.Equal("001191440300708461136T1XGW3", indirect.ContentProducer);
    }

    [Fact]
    public void An_encrypted_file_with_an_AIGC_key_is_inconclusive_with_the_reason()
    {
        var file = PdfBuilder.Classic([PdfBuilder.Catalog, PdfBuilder.Pages, PdfBuilder.Info(Variants.Valid), "<< /Filter /Standard /V 1 /R 2 >>"], "/Root 1 0 R /Info 3 0 R /Encrypt 4 0 R").Bytes;

        var result = Check(file);

        Assert.Equal(LabelVerdict.Inconclusive, result.Verdict);
        Assert.Contains("encrypted", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prev_chain_that_loops_is_inconclusive_not_a_hang()
    {
        var (bytes, xref) = Original(Variants.Valid);
        var (updated, updateXref) = PdfBuilder.Update(bytes, xref, new Dictionary<int, string> { [3] = PdfBuilder.Info(Variants.Valid) }, 4);
        var text = Encoding.Latin1.GetString(updated).Replace($"/Prev {xref} ", $"/Prev {updateXref} ", StringComparison.Ordinal);

        var result = Check(Encoding.Latin1.GetBytes(text));

        Assert.Equal(LabelVerdict.Inconclusive, result.Verdict);
        Assert.Contains("comes back", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_at_the_head_of_a_large_file_costs_two_small_reads()
    {
        var (bytes, _) = PdfBuilder.Classic([PdfBuilder.Catalog, PdfBuilder.Pages, PdfBuilder.Info(Variants.Valid), "<< /Length 1048576 >>\nstream\n" + new string('q', 1 << 20) + "\nendstream"]);

        var result = Check(bytes);

        Assert.True(result.Verdict == LabelVerdict.Compliant, result.Reason);
        Assert.True(result.BytesRead <= 64 * 1024, $"{result.BytesRead} bytes in {result.Reads} reads");
    }
}
