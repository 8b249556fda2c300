using AiRegOps.Azure.Labels;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Tests.Corpus;
using AiRegOps.Tests.Shared;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace AiRegOps.Functions.Tests.Labels;

/// <summary>The checker against Azurite: a blob overwritten between two ranged reads is judged from one version only.</summary>
public sealed class BlobLabelCheckerTests
{
    static BlobLabelCheckerTests()
    {
        // The same sizes as BlobLabelCheckTests (the corpus sizes are static): 512 KiB of media before the label.
        CorpusCarriers.MediaBytes = 512 * 1024;
        CorpusCarriers.IdatBytes = 8 * 1024;
    }

    [Fact]
    public async Task A_blob_overwritten_during_the_check_is_judged_again_from_its_new_version()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var container = new BlobContainerClient(azurite.ConnectionString, "ai-images");
        await container.CreateIfNotExistsAsync();
        var png = CorpusCarriers.All.Single(c => c.Name == "png-text-tail");
        var before = png.Build([Variants.WrongLabel], true);
        var after = png.Build([Variants.Valid], true);
        var first = await container.GetBlobClient("poster.png").UploadAsync(new BinaryData(before));

        // The label sits after the media, so the check needs a second read; the version changes right after the first.
        var overwrite = new OverwriteAfterFirstRead(new BlobClient(azurite.ConnectionString, "ai-images", "poster.png"), after);
        var options = new BlobClientOptions();
        options.AddPolicy(overwrite, HttpPipelinePosition.PerRetry);
        var blob = new BlobClient(azurite.ConnectionString, "ai-images", "poster.png", options);

        var check = await new BlobLabelChecker().CheckVersionAsync(blob, CancellationToken.None);

        var current = (await blob.GetPropertiesAsync()).Value.ETag;
        Assert.NotEqual(first.Value.ETag, current);
        Assert.Equal(current, check.ETag);
        Assert.Equal(LabelVerdict.Compliant, check.Result!.Verdict);
        Assert.InRange(check.Reads, 2, BlobLabelChecker.Windows.Count);
        Assert.True(overwrite.Refused, "the read after the overwrite was not refused (If-Match)");
    }

    /// <summary>Uploads a new version as soon as the first ranged read has answered, and notes the 412 that follows.</summary>
    private sealed class OverwriteAfterFirstRead(BlobClient writer, byte[] next) : HttpPipelineSynchronousPolicy
    {
        private int reads;

        public bool Refused { get; private set; }

        public override void OnReceivedResponse(HttpMessage message)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (message.Request.Method != RequestMethod.Get)
            {
                return;
            }

            Refused |= message.Response.Status == 412;
            if (++reads == 1)
            {
                writer.Upload(new BinaryData(next), overwrite: true);
            }
        }
    }
}
