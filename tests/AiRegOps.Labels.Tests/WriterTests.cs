using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Tests.Corpus;
using AiRegOps.Labels.Writing;

namespace AiRegOps.Labels.Tests;

/// <summary>Add-AigcLabel's writer: every writable carrier gets one compliant label, read back; bad input changes nothing.</summary>
public sealed class WriterTests : IDisposable
{
    private static readonly LabelFields Fields = new() { Label = "1", ContentProducer = "001191110102MAD55U9H0F10002", ProduceID = "job-42" };
    private readonly string folder = Directory.CreateTempSubdirectory("aigc-write-").FullName;

    public static TheoryData<string, bool> Writable() => new()
    {
        { "png-text-tail", false }, { "png-text-tail", true }, { "jpeg-exif", false }, { "mp4-keys-tail", false },
        { "wav-chunk-tail", true }, { "mp3-id3v24", true }, { "mp3-id3v23", true }, { "mp3-id3v24", false },
        { "docx", true }, { "docx", false }, { "xlsx", false }, { "pptx", true }, { "markdown", true }, { "markdown", false },
    };

    [Theory]
    [MemberData(nameof(Writable))]
    public void Writes_one_compliant_label_that_reads_back(string carrierName, bool otherMetadata)
    {
        var carrier = CorpusCarriers.All.Single(c => c.Name == carrierName);
        var path = Path.Combine(folder, carrier.Name + carrier.Extension);
        File.WriteAllBytes(path, carrier.Build([], otherMetadata));

        var result = new LabelWriter().Write(path, Fields);

        Assert.Equal(LabelVerdict.Compliant, result.Verdict);
        var again = new LabelScanner().CheckFile(path);
        Assert.Equal(LabelVerdict.Compliant, again.Verdict);
        Assert.Equal("job-42", again.ProduceID);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Theory]
    [InlineData("mkv-tags-tail")]
    [InlineData("avi-info-tail")]
    [InlineData("flv-metadata-head")]
    [InlineData("gif-xmp-tail")]
    [InlineData("tiff-xmp-tail")]
    [InlineData("pdf")]
    public void Read_only_carriers_are_refused_with_the_list_of_writable_ones(string carrierName)
    {
        var carrier = CorpusCarriers.All.Single(c => c.Name == carrierName);
        var path = Path.Combine(folder, carrier.Name + carrier.Extension);
        var original = carrier.Build([], true);
        File.WriteAllBytes(path, original);

        var error = Assert.Throws<LabelWriteException>(() => new LabelWriter().Write(path, Fields));

        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void A_noncompliant_label_is_refused_and_the_file_is_unchanged()
    {
        var path = Path.Combine(folder, "a.md");
        File.WriteAllText(path, "# page\n");

        var error = Assert.Throws<LabelWriteException>(() => new LabelWriter().Write(path, Fields with { ContentProducer = "示例公司" }));

        Assert.Contains("Noncompliant", error.Message, StringComparison.Ordinal);
        Assert.Equal("# page\n", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void A_file_that_already_has_a_label_is_not_labelled_twice()
    {
        var path = Path.Combine(folder, "a.wav");
        var bytes = CorpusCarriers.All.Single(c => c.Name == "wav-chunk-tail").Build([Variants.Valid], false);
        File.WriteAllBytes(path, bytes);

        Assert.Throws<LabelWriteException>(() => new LabelWriter().Write(path, Fields));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
