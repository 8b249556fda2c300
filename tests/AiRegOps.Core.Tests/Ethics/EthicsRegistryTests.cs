using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Records;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Tests.Schedule;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Ethics;

public sealed class EthicsRegistryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Planning_writes_nothing_and_committing_writes_once()
    {
        var review = new EthicsReview(new ComplianceRecordStore(EvidenceService.ForLocalFolder(folder), "tester"));
        var registration = new EthicsRegistration { Kind = EthicsRegistrationKind.Committee, Name = "AI Ethics Committee", Date = D("2024-12-31") };

        var planned = await review.PlanAsync(registration, D("2025-01-05"), CancellationToken.None);
        Assert.False(Directory.Exists(folder));
        Assert.False(planned.AlreadyRecorded);

        Assert.True(await review.CommitAsync(planned, CancellationToken.None));
        var again = await review.PlanAsync(registration, D("2025-01-05"), CancellationToken.None);
        Assert.True(again.AlreadyRecorded);
        Assert.False(await review.CommitAsync(again, CancellationToken.None));

        IEthicsRegistry reopened = new ComplianceRecordStore(EvidenceService.ForLocalFolder(folder), "someone else");
        Assert.Equal(registration, Assert.Single(await reopened.ListAsync(CancellationToken.None)));
        Assert.Contains("AI Ethics Committee", await File.ReadAllTextAsync(Path.Combine(folder, "ledger", RecordEntries.UnitLedger + ".jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void Registrations_feed_the_schedule()
    {
        var registrations = new[]
        {
            new EthicsRegistration { Kind = EthicsRegistrationKind.Committee, Name = "AI Ethics Committee", Date = D("2025-03-03") },
            new EthicsRegistration { Kind = EthicsRegistrationKind.Activity, Name = "Other", Date = D("2025-03-03"), Service = "another-service" },
        };

        var profile = EthicsProfiles.Apply(SchedulerFixture.Profile(roles: [ObligorRole.ServiceProvider, ObligorRole.ResearchUnit]), registrations);
        var item = SchedulerFixture.Single(profile, D("2025-03-10"), "committee-registration");

        Assert.Equal(D("2025-03-03"), profile.Ethics.CommitteeEstablishedOn);
        Assert.Empty(profile.Ethics.Activities);
        Assert.Equal(D("2025-04-02"), item.DueDate);
        Assert.Single(EthicsProfiles.Events("svc", registrations));
    }

    [Fact]
    public void Profile_records_win_over_registrations()
    {
        var profile = SchedulerFixture.Profile() with { Ethics = new EthicsRecords { CommitteeEstablishedOn = D("2024-01-02") } };

        var merged = EthicsProfiles.Apply(profile, [new EthicsRegistration { Kind = EthicsRegistrationKind.Committee, Name = "C", Date = D("2025-03-03") }]);

        Assert.Same(profile, merged);
    }
}
