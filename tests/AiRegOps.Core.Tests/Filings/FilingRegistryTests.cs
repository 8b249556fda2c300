using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Filings;

public sealed class FilingRegistryTests
{
    [Fact]
    public async Task A_recorded_filing_persists_once_and_reaches_the_profile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"));
        var registry = new LocalFilingRegistry(folder);
        var record = AlgorithmFiling.CreateRecord("chat-assistant", FilingKind.New, "网信算备110108823483901230031号", D("2025-10-15"));

        Assert.True(await registry.AddAsync(record, CancellationToken.None));
        Assert.False(await registry.AddAsync(record, CancellationToken.None));

        var listed = await new LocalFilingRegistry(folder).ListAsync(CancellationToken.None);
        var profile = AlgorithmFiling.WithRecordedFilings(Chat(), listed);
        Assert.Equal("网信算备110108823483901230031号", Assert.Single(profile.Filings).Number);
        Assert.Equal(["filings.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_damaged_state_file_is_reported_with_its_position()
    {
        var folder = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, LocalFilingRegistry.FileName), "{\n  \"filings\": [ { \"service\": 1 } ]\n}");

        var error = await Assert.ThrowsAsync<ComplianceInputException>(() => new LocalFilingRegistry(folder).ListAsync(CancellationToken.None));

        Assert.Contains("filings.json:2:", error.Message, StringComparison.Ordinal);
    }
}
