using AiRegOps.Tests.Shared;

namespace AiRegOps.Azure.Tests;

/// <summary>The upload settings are checked when the store is opened, before any request.</summary>
public sealed class AzureEvidenceStoreOptionsTests
{
    private static readonly AzureEvidenceStoreOptions Options = AzureEvidenceStoreOptions.FromConnectionString(AzuriteProcess.ConnectionStringFor(10000, 10001, 10002));

    [Theory]
    [InlineData(-1L)]
    [InlineData((1024L * 1024 * 1024) + 1)]
    public void A_read_ahead_limit_out_of_range_is_refused_by_name(long limit)
    {
        var error = Assert.Throws<ArgumentException>(() => (Options with { ReadAheadLimit = limit }).CreateBackend(TimeProvider.System));

        Assert.Contains("ReadAheadLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_larger_than_the_read_ahead_are_accepted_and_read_one_block_ahead()
    {
        var backend = (Options with { BlockSize = 100 * 1024 * 1024, ReadAheadLimit = 0 }).CreateBackend(TimeProvider.System);

        Assert.IsType<AzureBlobEvidenceStore>(backend.Store);
    }
}
