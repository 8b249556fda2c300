using AiRegOps.Core.Ethics;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Records;
using AiRegOps.Core.Workspace;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

/// <summary>
/// What the record store must do on every backend (issue 9): the same tests run against a local folder and Azurite.
/// Records are append-only ledger entries: read back by another process, recorded once, revoked without deletion, and
/// counting for nothing once their ledger does not verify.
/// </summary>
public abstract class RecordStoreContractTests
{
    private const string Service = "chat-svc";
    private const string Number = "网信算备110108823483901230031号";

    protected abstract EvidenceHarness CreateHarness();

    private static RecordedFiling Filing(string service = Service, DateOnly? on = null) =>
        new() { Service = service, Kind = FilingKind.New, Number = Number, FiledOn = on ?? new DateOnly(2025, 10, 15) };

    private static ComplianceRecordStore Store(EvidenceService evidence, string who = "tester") => new(evidence, who);

    [Fact]
    public async Task A_filing_is_recorded_once_and_another_process_reads_it()
    {
        await using var h = CreateHarness();
        var store = Store(h.Service);

        Assert.True(await store.AddAsync(Filing(), CancellationToken.None));
        Assert.False(await store.AddAsync(Filing(), CancellationToken.None));

        IFilingRegistry other = Store(h.OpenAnother(), "someone else");
        Assert.Equal(Filing(), Assert.Single(await other.ListAsync(CancellationToken.None)));
        Assert.Equal(Filing(), Assert.Single(await other.ListForAsync(Service, CancellationToken.None)));
        Assert.Empty(await other.ListForAsync("another-svc", CancellationToken.None));
        var record = Assert.Single(await Store(h.OpenAnother()).ListAsync(null, includeRevoked: true, CancellationToken.None));
        Assert.Equal("tester", record.RecordedBy);
        Assert.Equal(ComplianceRecordKind.Filing, record.Kind);
        Assert.StartsWith("sha256:", record.Hash, StringComparison.Ordinal);
        Assert.True((await h.OpenAnother().VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task A_record_is_not_a_completion_of_any_obligation()
    {
        await using var h = CreateHarness();
        await Store(h.Service).AddAsync(Filing(), CancellationToken.None);

        Assert.Empty(await h.Service.GetCompletionsAsync(Service));
    }

    [Fact]
    public async Task Unit_registrations_concern_every_service_and_a_service_registration_only_its_own()
    {
        await using var h = CreateHarness();
        var store = Store(h.Service);
        var unit = new EthicsRegistration { Kind = EthicsRegistrationKind.Committee, Name = new string('伦', 200), Date = new DateOnly(2024, 12, 31) };
        var own = new EthicsRegistration { Kind = EthicsRegistrationKind.Activity, Name = "Face model training", Date = new DateOnly(2025, 3, 3), Service = Service, OnExpertReviewList = true };
        Assert.True(await store.AddAsync(unit, CancellationToken.None));
        Assert.True(await store.AddAsync(own, CancellationToken.None));
        Assert.False(await store.AddAsync(unit with { RegisteredOn = new DateOnly(2025, 1, 10) }, CancellationToken.None));

        IEthicsRegistry other = Store(h.OpenAnother());
        Assert.Equal([unit, own], await other.ListForAsync(Service, CancellationToken.None));
        Assert.Equal([unit], await other.ListForAsync("another-svc", CancellationToken.None));
        Assert.Equal(2, (await other.ListAsync(CancellationToken.None)).Count);
        Assert.Contains(RecordEntries.UnitLedger, await h.Service.ListServicesAsync());
    }

    [Fact]
    public async Task A_revocation_is_appended_nothing_is_deleted_the_chain_verifies_and_the_record_stops_counting()
    {
        await using var h = CreateHarness();
        var store = Store(h.Service);
        await store.AddAsync(Filing(), CancellationToken.None);
        var hash = ContentHash.Parse(Assert.Single(await store.ListAsync(Service, includeRevoked: false, CancellationToken.None)).Hash);

        var revoked = await Store(h.OpenAnother(), "auditor").RevokeAsync(Service, hash, "the number belongs to another service", "auditor", CancellationToken.None);

        Assert.NotNull(revoked);
        Assert.True(revoked.Revoked);
        Assert.Equal("auditor", revoked.RevokedBy);
        Assert.Equal("the number belongs to another service", revoked.RevocationReason);
        IFilingRegistry reader = Store(h.OpenAnother());
        Assert.Empty(await reader.ListForAsync(Service, CancellationToken.None));
        Assert.Single(await Store(h.OpenAnother()).ListAsync(Service, includeRevoked: true, CancellationToken.None));
        Assert.Equal(2, (await h.OpenAnother().ReadVerifiedAsync(Service)).Count);
        Assert.True((await h.OpenAnother().VerifyAsync()).IsValid);

        // The same reason again writes nothing; an unknown record is not found.
        Assert.Null(await store.RevokeAsync(Service, hash, "the number belongs to another service", "auditor", CancellationToken.None));
        await Assert.ThrowsAsync<EvidenceNotFoundException>(() => store.RevokeAsync(Service, ContentHash.Of([1, 2, 3]), "x", "me", CancellationToken.None));
    }

    [Fact]
    public async Task A_revoked_record_can_be_recorded_again_and_then_counts()
    {
        await using var h = CreateHarness();
        var store = Store(h.Service);
        await store.AddAsync(Filing(), CancellationToken.None);
        var hash = ContentHash.Parse((await store.ListAsync(Service, false, CancellationToken.None))[0].Hash);
        await store.RevokeAsync(Service, hash, "revoked by mistake", "me", CancellationToken.None);

        Assert.True(await store.AddAsync(Filing(), CancellationToken.None));

        IFilingRegistry reader = Store(h.OpenAnother());
        Assert.Equal(Filing(), Assert.Single(await reader.ListForAsync(Service, CancellationToken.None)));
        var all = await store.ListAsync(Service, includeRevoked: true, CancellationToken.None);
        Assert.Equal([true, false], all.Select(r => r.Revoked));
        Assert.Equal(["new@2025-10-15", "new@2025-10-15#2"], all.Select(r => r.Period));
    }

    [Fact]
    public async Task The_schedule_counts_a_recorded_filing_until_it_is_revoked()
    {
        await using var h = CreateHarness();
        var store = Store(h.Service);
        var profile = ServiceProfileReader.ReadYaml($$"""
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: {{Service}}
            spec:
              provider:
                name: Example Co.
                roles: [service-provider]
              publicInPrc: true
              technologies:
                algorithms: [personalized-push]
                generativeAi: true
              features: [ai-chat, text-generation, comments]
              audiences: [consumers]
              launchedOn: 2025-09-01
            """, "chat.airegops.yml")[0];
        ComplianceWorkspace Open() => new(new ComplianceWorkspaceOptions { Filings = Store(h.OpenAnother()), Ethics = Store(h.OpenAnother()) });
        var asOf = new DateOnly(2025, 11, 1);
        string FilingStatus(ComplianceWorkspace w) => w.ScheduleAsync(profile, asOf, CancellationToken.None).GetAwaiter().GetResult()
            .Items.Single(i => i.ObligationId == "arr-algorithm-filing").Status.ToString();

        Assert.Equal("Overdue", FilingStatus(Open()));
        await store.AddAsync(Filing(on: new DateOnly(2025, 9, 10)), CancellationToken.None);
        Assert.Equal("Satisfied", FilingStatus(Open()));
        await store.RevokeAsync(Service, ContentHash.Parse((await store.ListAsync(Service, false, CancellationToken.None))[0].Hash), "wrong", "me", CancellationToken.None);
        Assert.Equal("Overdue", FilingStatus(Open()));
    }

    [Fact]
    public async Task A_changed_record_makes_its_ledger_count_for_nothing()
    {
        await using var h = CreateHarness();
        await Store(h.Service).AddAsync(Filing(), CancellationToken.None);

        await h.ChangeEntryAsync(Service, 1, json => json.Replace("2025-10-15", "2025-10-14", StringComparison.Ordinal));

        IFilingRegistry reader = Store(h.OpenAnother());
        var error = await Assert.ThrowsAsync<LedgerIntegrityException>(() => reader.ListForAsync(Service, CancellationToken.None));
        Assert.Contains(Service, error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<LedgerIntegrityException>(() => Store(h.OpenAnother()).AddAsync(Filing(on: new DateOnly(2025, 10, 16)), CancellationToken.None));
    }

    [Fact]
    public async Task Bad_names_are_refused_before_anything_is_written()
    {
        await using var h = CreateHarness();
        var store = Store(h.Service);

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(Filing(service: "bad name/with slash"), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(
            new EthicsRegistration { Kind = EthicsRegistrationKind.Committee, Name = new string('x', RecordEntries.MaxNameLength + 1), Date = new DateOnly(2025, 1, 1) }, CancellationToken.None));

        Assert.Empty(await h.Service.ListServicesAsync());
    }

    [Fact]
    public async Task Two_writers_at_once_lose_nothing()
    {
        await using var h = CreateHarness();
        var days = Enumerable.Range(1, 8).Select(d => new DateOnly(2025, 10, d)).ToList();

        await Task.WhenAll(days.Select((day, i) => Task.Run(() => Store(i % 2 == 0 ? h.Service : h.OpenAnother()).AddAsync(Filing(on: day), CancellationToken.None))));

        IFilingRegistry reader = Store(h.OpenAnother());
        Assert.Equal(days, (await reader.ListForAsync(Service, CancellationToken.None)).Select(f => f.FiledOn).Order());
        Assert.True((await h.OpenAnother().VerifyAsync()).IsValid);
    }
}

public sealed class LocalRecordStoreContractTests : RecordStoreContractTests
{
    protected override EvidenceHarness CreateHarness() => new LocalHarness();
}

[Collection(Infrastructure.AzuriteCollection.Name)]
public sealed class AzureRecordStoreContractTests(Infrastructure.AzuriteFixture azurite) : RecordStoreContractTests
{
    protected override EvidenceHarness CreateHarness() => new AzureHarness(azurite.ConnectionString);
}
