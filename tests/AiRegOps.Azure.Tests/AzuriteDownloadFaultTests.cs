using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests;

/// <summary>Issue 10, item 6: a download that loses its storage endpoint fails like every other storage error.</summary>
public sealed class AzuriteDownloadFaultTests
{
    [Fact]
    public async Task Azurite_stopped_mid_download_is_a_storage_error_not_a_raw_aggregate_exception()
    {
        var azurite = await AzuriteProcess.StartAsync();
        try
        {
            var options = AzureEvidenceStoreOptions.FromConnectionString(azurite.ConnectionString) with
            {
                MaxRetries = 1,
                RetryDelay = TimeSpan.FromMilliseconds(50),
                NetworkTimeout = TimeSpan.FromSeconds(10),
            };
            var service = EvidenceService.Create(options);
            var record = await service.AddAsync(new MemoryStream(TestContent.Random(24 * 1024 * 1024, 5)), TestContent.Metadata());

            var stream = await service.OpenReadAsync(record.Hash);
            var buffer = new byte[64 * 1024];
            _ = await stream.ReadAsync(buffer);
            azurite.KillNow();

            var error = await Assert.ThrowsAsync<EvidenceStoreException>(async () =>
            {
                while (await stream.ReadAsync(buffer) > 0)
                {
                }
            });
            Assert.Contains(record.Hash.BlobName, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(AzuriteProcess.AccountKey, error.ToString(), StringComparison.Ordinal);
            await stream.DisposeAsync();
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }
}
