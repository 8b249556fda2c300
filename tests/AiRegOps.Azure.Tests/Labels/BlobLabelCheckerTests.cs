using AiRegOps.Azure.Labels;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Tests.Corpus;
using AiRegOps.Tests.Shared;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure.Tests.Labels;

/// <summary>The checker against Azurite: a blob overwritten between two ranged reads is judged from one version only.</summary>
public sealed class BlobLabelCheckerTests
{
    static BlobLabelCheckerTests()
    {
        // The sizes BlobLabelCheckTests (AiRegOps.Functions.Tests) uses too: 512 KiB of media before the label.
        CorpusCarriers.MediaBytes = 512 * 1024;
        CorpusCarriers.IdatBytes = 8 * 1024;
    }

    [Fact]
    public async Task A_blob_overwritten_during_the_check_is_judged_again_from_its_new_version()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var container = new BlobContainerClient(azurite.ConnectionString, "ai-images");
        await container.CreateIfNotExistsAsync();
        var wav = CorpusCarriers.All.Single(c => c.Name == "wav-chunk-tail");
        CorpusCarriers.MediaBytes = 512 * 1024; // per thread, and this one may not be the constructor's after the await
        var before = wav.Build([Variants.WrongLabel], true);
        var after = wav.Build([Variants.Valid], true);
        var first = await container.GetBlobClient("voice.wav").UploadAsync(new BinaryData(before));

        // The label sits after the media, so the check needs a second read; the version changes just before it.
        var overwrite = new OverwriteAfterFirstRead(new BlobClient(azurite.ConnectionString, "ai-images", "voice.wav"), after);
        var options = new BlobClientOptions();
        options.AddPolicy(overwrite, HttpPipelinePosition.PerRetry);
        var blob = new BlobClient(azurite.ConnectionString, "ai-images", "voice.wav", options);

        var check = await new BlobLabelChecker().CheckVersionAsync(blob, CancellationToken.None);

        // Judged from the new version only: not the first version's ETag, and the new content's verdict (the first
        // version carries a wrong Label value). The ETag is not compared with a later GetProperties: on a loaded
        // machine Azurite answered that with a different ETag than the read that followed the overwrite (1 run in 3).
        Assert.True(overwrite.Refused, $"the read after the overwrite was not refused (If-Match); reads {check.Reads}, verdict {check.Result?.Verdict}");
        Assert.NotEqual(first.Value.ETag, check.ETag);
        Assert.Equal(LabelVerdict.Compliant, check.Result!.Verdict);
        Assert.InRange(check.Reads, 2, BlobLabelChecker.Windows.Count);
    }

    /// <summary>
    /// Uploads a new version just before the second ranged read goes out (the first has been answered and read in
    /// full by then, so the two versions never overlap inside one response), and notes the 412 that follows.
    /// </summary>
    private sealed class OverwriteAfterFirstRead(BlobClient writer, byte[] next) : HttpPipelineSynchronousPolicy
    {
        private int sends;

        public bool Refused { get; private set; }

        public override void OnSendingRequest(HttpMessage message)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (message.Request.Method == RequestMethod.Get && ++sends == 2)
            {
                // Azurite derives an ETag from the write's time, so a write within the same tick as the first upload
                // gets that upload's ETag (Azure's are unique): written again until the version is visibly new.
                var original = writer.GetProperties().Value.ETag;
                while (writer.Upload(new BinaryData(next), overwrite: true).Value.ETag == original)
                {
                }
            }
        }

        public override void OnReceivedResponse(HttpMessage message)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (message.Request.Method == RequestMethod.Get)
            {
                Refused |= message.Response.Status == 412;
            }
        }
    }
}
