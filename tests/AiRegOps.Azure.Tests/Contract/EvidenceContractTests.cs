using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;
using AiRegOps.Core.State;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Evidence;
using Microsoft.Extensions.Time.Testing;

namespace AiRegOps.Azure.Tests.Contract;

/// <summary>What every evidence location must do: the same tests run against the local folder and Azurite.</summary>
public abstract partial class EvidenceContractTests
{
    private const string Service = "chat-svc";

    // The scheduler over the small test catalogue of AiRegOps.Core.Tests (one obligation per rule shape).
    private static readonly Lazy<ComplianceScheduler> TestScheduler = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "scheduler-catalogue.json"));
        return new ComplianceScheduler(ObligationCatalogue.Load(stream, "scheduler-catalogue.json"), AiRegOps.Core.Calendar.PeriodCalculator.Default);
    });

    private static ComplianceScheduler Scheduler => TestScheduler.Value;

    protected abstract EvidenceHarness CreateHarness(TimeProvider? time = null);

    [Fact]
    public async Task Adding_evidence_stores_it_under_its_sha256_and_appends_a_ledger_entry()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(10_000, 1);

        var record = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata(deployment: "rel-42"));

        Assert.Equal(EvidenceAddOutcome.Added, record.Outcome);
        Assert.Equal(TestContent.HashOf(content), record.Hash);
        Assert.Equal($"sha256/{record.Hash.Hex[..2]}/{record.Hash.Hex}", record.BlobName);
        Assert.Equal(10_000, record.Size);
        Assert.Equal(1, record.Sequence);
        Assert.Equal("rel-42", record.DeploymentId);
        Assert.Equal(LedgerChain.GenesisHash, record.Entry.PreviousHash);
        Assert.Equal(content.Length, await h.Service.Store.GetSizeAsync(record.Hash, default));
    }

    [Fact]
    public async Task Entries_carry_the_covered_period_and_the_time_from_the_time_provider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 3, 1, 30, 0, TimeSpan.Zero));
        await using var h = CreateHarness(time);

        var record = await h.Service.AddAsync(new MemoryStream([1, 2, 3]), TestContent.Metadata(obligation: "annual-report", period: "FY2025"));

        Assert.Equal(time.GetUtcNow(), record.AddedAt);
        Assert.Equal("FY2025", record.Period);
        var completion = Assert.Single(await h.Service.GetCompletionsAsync(Service));
        Assert.Equal(new DateOnly(2026, 2, 3), completion.CompletedOn);
        Assert.Equal("FY2025", completion.Period);
    }

    [Fact]
    public async Task Adding_the_same_content_for_the_same_obligation_and_period_twice_is_idempotent()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(5_000, 2);

        var first = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata());
        var second = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata() with { Note = "again" });

        Assert.Equal(EvidenceAddOutcome.Added, first.Outcome);
        Assert.Equal(EvidenceAddOutcome.AlreadyRecorded, second.Outcome);
        Assert.Equal(first.Entry, second.Entry);
        var listed = Assert.Single(await h.Service.QueryAsync(new EvidenceQuery { Service = Service }));
        Assert.Equal(first.Entry, listed.Entry);

        // Read back, a record says only that it is in the ledger: neither this add's outcome nor the other's.
        Assert.Equal(EvidenceAddOutcome.Recorded, listed.Outcome);
        Assert.Single(await h.Service.GetCompletionsAsync(Service));
    }

    [Fact]
    public async Task The_same_content_for_another_period_is_a_new_entry_that_shares_the_blob()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(5_000, 3);

        var first = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata(period: "FY2024"));
        var second = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata(period: "FY2025"));

        Assert.Equal(EvidenceAddOutcome.Added, second.Outcome);
        Assert.True(second.ContentReused);
        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal(first.Entry.EntryHash, second.Entry.PreviousHash);
        var blobs = new List<StoredBlob>();
        await foreach (var blob in h.Service.Store.ListAsync(default))
        {
            blobs.Add(blob);
        }

        Assert.Single(blobs, b => !b.IsStaging);
    }

    [Fact]
    public async Task Large_content_from_a_forward_only_stream_is_hashed_while_it_streams_and_reads_back()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random((20 * 1024 * 1024) + 12_345, 4);

        var record = await h.Service.AddAsync(new ForwardOnlyStream(new MemoryStream(content)), TestContent.Metadata());

        Assert.Equal(TestContent.HashOf(content), record.Hash);
        Assert.Equal(content.Length, record.Size);
        await using var read = await h.Service.OpenReadAsync(record.Hash);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(copy.ToArray()));
        Assert.True((await h.Service.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task Empty_content_is_evidence_too()
    {
        await using var h = CreateHarness();

        var record = await h.Service.AddAsync(new MemoryStream(), TestContent.Metadata());

        Assert.Equal(ContentHash.Parse("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), record.Hash);
        Assert.Equal(0, record.Size);
    }

    [Fact]
    public async Task Query_filters_by_service_obligation_period_and_deployment()
    {
        await using var h = CreateHarness();
        await h.Service.AddAsync(new MemoryStream([1]), TestContent.Metadata(obligation: "filing", period: "p1", deployment: "d1"));
        await h.Service.AddAsync(new MemoryStream([2]), TestContent.Metadata(obligation: "filing", period: "p2", deployment: "d2"));
        await h.Service.AddAsync(new MemoryStream([3]), TestContent.Metadata(obligation: "labelling", period: "p1", deployment: "d2"));
        await h.Service.AddAsync(new MemoryStream([4]), TestContent.Metadata(service: "other-svc", obligation: "filing", period: "p1"));

        Assert.Equal(4, (await h.Service.QueryAsync()).Count);
        Assert.Equal(3, (await h.Service.QueryAsync(new EvidenceQuery { Service = Service })).Count);
        Assert.Equal(3, (await h.Service.QueryAsync(new EvidenceQuery { ObligationId = "filing" })).Count);
        Assert.Equal(2, (await h.Service.QueryAsync(new EvidenceQuery { Service = Service, Period = "p1" })).Count);
        var byDeployment = await h.Service.QueryAsync(new EvidenceQuery { Service = Service, DeploymentId = "d2" });
        Assert.Equal(["filing", "labelling"], byDeployment.Select(r => r.ObligationId));
    }

    [Fact]
    public async Task Saving_evidence_verifies_it_and_writes_the_file()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(3_000_000, 5);
        var record = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata());
        var folder = Directory.CreateTempSubdirectory("save-").FullName;

        var saved = await h.Service.SaveAsync(record, folder);

        Assert.Equal(Path.Combine(folder, "report.pdf"), saved.FullName);
        Assert.Equal(content, await File.ReadAllBytesAsync(saved.FullName));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Reading_a_blob_altered_behind_the_stores_back_is_an_error_naming_the_blob_and_saves_nothing()
    {
        await using var h = CreateHarness();
        var record = await h.Service.AddAsync(new MemoryStream(TestContent.Random(4_000, 6)), TestContent.Metadata());
        await h.OverwriteBlobAsync(record.Hash, TestContent.Random(4_000, 7));
        var target = Path.Combine(Directory.CreateTempSubdirectory("save-").FullName, "out.bin");

        var error = await Assert.ThrowsAsync<EvidenceIntegrityException>(() => h.Service.SaveAsync(record.Hash, target));

        Assert.Contains(record.BlobName, error.Message, StringComparison.Ordinal);
        Assert.Equal(record.BlobName, error.BlobName);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public async Task Verification_of_an_untouched_ledger_is_clean()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 5);

        var report = await h.Service.VerifyAsync();

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Empty(report.Problems);
        Assert.Equal(5, report.EntriesChecked);
        Assert.Equal(5, report.BlobsChecked);
    }

    [Fact]
    public async Task Verification_detects_a_blob_whose_content_no_longer_matches_and_names_it()
    {
        await using var h = CreateHarness();
        var records = await AddSeveral(h, 4);
        await h.OverwriteBlobAsync(records[2].Hash, TestContent.Random((int)records[2].Size, 99));

        var report = await h.Service.VerifyAsync();

        var problem = Assert.Single(report.Errors);
        Assert.Equal(VerificationProblemKind.BlobChanged, problem.Kind);
        Assert.Equal(records[2].BlobName, problem.BlobName);
        Assert.Equal(3, problem.Sequence);
        Assert.Contains(records[2].BlobName, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_detects_a_missing_blob()
    {
        await using var h = CreateHarness();
        var records = await AddSeveral(h, 3);
        await h.DeleteBlobAsync(records[0].Hash);

        var problem = Assert.Single((await h.Service.VerifyAsync()).Errors);

        Assert.Equal(VerificationProblemKind.BlobMissing, problem.Kind);
        Assert.Equal(records[0].BlobName, problem.BlobName);
    }

    [Fact]
    public async Task Verification_detects_a_changed_entry_and_says_which()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 5);
        await h.ChangeEntryAsync(Service, 3, json =>
        {
            var node = JsonNode.Parse(json)!;
            node["period"] = "FY1999";
            return node.ToJsonString();
        });

        var report = await h.Service.VerifyAsync();

        Assert.False(report.IsValid);
        var problem = Assert.Single(report.Errors);
        Assert.Equal(VerificationProblemKind.EntryChanged, problem.Kind);
        Assert.Equal(3, problem.Sequence);
    }

    [Fact]
    public async Task Verification_detects_a_changed_entry_whose_hash_was_recomputed()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 4);
        await h.ChangeEntryAsync(Service, 2, json =>
        {
            var entry = LedgerChain.Parse(json);
            var forged = entry with { Metadata = entry.Metadata with { AddedBy = "mallory" } };
            return LedgerChain.SerializeToString(forged with { EntryHash = LedgerChain.ComputeHash(forged) });
        });

        var problem = Assert.Single((await h.Service.VerifyAsync()).Errors);

        Assert.Equal(VerificationProblemKind.ChainBroken, problem.Kind);
        Assert.Equal(3, problem.Sequence);
    }

    [Fact]
    public async Task Verification_detects_a_removed_entry()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 5);
        await h.RemoveEntryAsync(Service, 2);

        var report = await h.Service.VerifyAsync();

        var problem = Assert.Single(report.Errors);
        Assert.Equal(VerificationProblemKind.EntryMissing, problem.Kind);
        Assert.Equal(2, problem.Sequence);
        Assert.Contains("entry 2 is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_detects_a_removed_last_entry()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 3);
        await h.RemoveEntryAsync(Service, 3);

        var problem = Assert.Single((await h.Service.VerifyAsync()).Errors);

        Assert.Equal(VerificationProblemKind.HeadMismatch, problem.Kind);
        Assert.Contains("entry 3 is missing from the end", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_detects_reordered_entries()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 5);
        await h.SwapEntriesAsync(Service, 2, 4);

        var report = await h.Service.VerifyAsync();

        Assert.False(report.IsValid);
        Assert.Contains(report.Errors, p => p.Kind == VerificationProblemKind.EntryOutOfOrder);
        Assert.All(report.Errors, p => Assert.Equal(VerificationProblemKind.EntryOutOfOrder, p.Kind));
        var messages = string.Join("\n", report.Errors.Select(p => p.Message));
        Assert.Contains("entry 2 ", messages, StringComparison.Ordinal);
        Assert.Contains("entry 4 ", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_writers_at_once_never_fork_the_ledger_or_lose_an_entry()
    {
        await using var h = CreateHarness();
        var writers = new[] { h.Service, h.OpenAnother(), h.OpenAnother() };
        const int each = 8;

        var results = await Task.WhenAll(writers.SelectMany((writer, w) => Enumerable.Range(0, each).Select(i =>
            Task.Run(() => writer.AddAsync(new MemoryStream(TestContent.Random(2_000, (w * 1000) + i)), TestContent.Metadata(period: $"w{w}-{i}"))))));

        // The same content added by every writer at once is recorded once.
        var shared = TestContent.Random(2_000, 424242);
        var duplicates = await Task.WhenAll(writers.Select(writer => Task.Run(() => writer.AddAsync(new MemoryStream(shared), TestContent.Metadata(period: "shared")))));

        Assert.All(results, r => Assert.Equal(EvidenceAddOutcome.Added, r.Outcome));
        Assert.Single(duplicates, r => r.Outcome == EvidenceAddOutcome.Added);
        Assert.Single(duplicates.Select(r => r.Entry.EntryHash).Distinct());
        var entries = await h.Service.QueryAsync(new EvidenceQuery { Service = Service });
        Assert.Equal((writers.Length * each) + 1, entries.Count);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
    }

    [Fact]
    public async Task A_failure_between_blob_and_entry_leaves_an_orphan_that_verification_reports_and_a_retry_adopts()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(7_000, 8);

        await Assert.ThrowsAsync<IOException>(() => h.WithFailingLedger().AddAsync(new MemoryStream(content), TestContent.Metadata()));

        Assert.Empty(await h.Service.QueryAsync());
        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid);
        var orphan = Assert.Single(report.Problems);
        Assert.Equal(VerificationProblemKind.OrphanBlob, orphan.Kind);
        Assert.Equal(TestContent.HashOf(content).BlobName, orphan.BlobName);

        var retry = await h.Service.AddAsync(new MemoryStream(content), TestContent.Metadata());

        Assert.Equal(EvidenceAddOutcome.Added, retry.Outcome);
        Assert.True(retry.ContentReused);
        Assert.Empty((await h.Service.VerifyAsync()).Problems);
    }

    [Fact]
    public async Task An_orphan_can_be_adopted_by_its_hash()
    {
        await using var h = CreateHarness();
        var stored = await h.Service.Store.PutAsync(new MemoryStream(TestContent.Random(1_000, 9)), default);

        var adopted = await h.Service.AdoptAsync(stored.Hash, TestContent.Metadata());

        Assert.Equal(EvidenceAddOutcome.Added, adopted.Outcome);
        Assert.Equal(1_000, adopted.Size);
        Assert.Empty((await h.Service.VerifyAsync()).Problems);
    }

    [Fact]
    public async Task Immutability_is_applied_where_supported_and_reported_honestly_where_not()
    {
        await using var h = CreateHarness();
        var record = await h.Service.AddAsync(new MemoryStream([7, 7, 7]), TestContent.Metadata());

        var result = await h.Service.Store.ApplyImmutabilityAsync(record.Hash, new ImmutabilityPolicy(LegalHold: true), default);

        // Neither a local folder nor Azurite can make a blob immutable: they must say so.
        Assert.False(result.Applied);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
    }

    [Fact]
    public async Task Requiring_immutability_the_store_cannot_give_fails_before_the_ledger_entry()
    {
        await using var h = CreateHarness();
        var strict = new EvidenceService(
            new EvidenceBackend(h.Service.Store, h.Service.Ledger, h.Service.State),
            options: new EvidenceServiceOptions { Immutability = new ImmutabilityPolicy(RetainFor: TimeSpan.FromDays(365)), RequireImmutability = true });

        var error = await Assert.ThrowsAsync<EvidenceException>(() => strict.AddAsync(new MemoryStream([1, 2]), TestContent.Metadata()));

        Assert.Contains("could not be made immutable", error.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Service.QueryAsync());
    }

    [Fact]
    public async Task Recorded_evidence_and_filings_make_the_matching_schedule_items_satisfied()
    {
        // Evidence counts from the day it was recorded (point in time): record it the day before the as-of date.
        await using var h = CreateHarness(new FakeTimeProvider(new DateTimeOffset(2025, 11, 30, 2, 0, 0, TimeSpan.Zero)));
        var profile = new ServiceProfile
        {
            Name = Service,
            Provider = new Provider { Name = "Example Co.", Roles = [ObligorRole.ServiceProvider] },
            PublicInPrc = true,
            Technologies = new ServiceTechnologies { GenerativeAi = true },
            Features = ["comments"],
            LaunchedOn = new DateOnly(2025, 9, 26),
        };
        var asOf = new DateOnly(2025, 12, 1);
        var before = Scheduler.Build(profile, asOf);
        var open = before.Items.Where(i => i.Status is ScheduleStatus.Due or ScheduleStatus.Overdue or ScheduleStatus.Upcoming
            && !i.PeriodKey.StartsWith("awaiting:", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal(2, open.Count);

        await h.Service.AddAsync(new MemoryStream([1, 2, 3]), TestContent.Metadata(obligation: open[0].ObligationId, period: open[0].PeriodKey));
        await h.Service.RecordCompletionAsync(new ObligationStateRecord
        {
            Service = Service,
            ObligationId = open[1].ObligationId,
            Period = open[1].PeriodKey,
            CompletedOn = new DateOnly(2025, 10, 9),
            Kind = ObligationStateKind.Filing,
            Reference = "网信算备110108823483901230031号",
        });
        var recorded = await h.OpenAnother().GetCompletionsAsync(Service);
        var after = Scheduler.Build(profile, asOf, recorded);

        foreach (var item in open)
        {
            var now = Assert.Single(after.Items, i => i.ObligationId == item.ObligationId && i.PeriodKey == item.PeriodKey);
            Assert.Equal(ScheduleStatus.Satisfied, now.Status);
        }

        Assert.Equal(before.Items.Count(i => i.Status == ScheduleStatus.Satisfied) + 2, after.Items.Count(i => i.Status == ScheduleStatus.Satisfied));
    }

    [Fact]
    public async Task Recording_the_same_fact_twice_changes_nothing()
    {
        await using var h = CreateHarness();
        var fact = new ObligationStateRecord { Service = Service, ObligationId = "ethics-registration", CompletedOn = new DateOnly(2025, 1, 2), Kind = ObligationStateKind.EthicsRegistration };

        Assert.True(await h.Service.RecordCompletionAsync(fact));
        Assert.False(await h.Service.RecordCompletionAsync(fact));
        Assert.True(await h.Service.RecordCompletionAsync(fact with { CompletedOn = new DateOnly(2025, 1, 3) }));

        var only = Assert.Single(await h.Service.GetCompletionsAsync(Service));
        Assert.Equal(new DateOnly(2025, 1, 3), only.CompletedOn);
        Assert.Null(only.Period);
    }

    private static async Task<List<EvidenceRecord>> AddSeveral(EvidenceHarness h, int count)
    {
        var records = new List<EvidenceRecord>();
        for (var i = 0; i < count; i++)
        {
            records.Add(await h.Service.AddAsync(new MemoryStream(TestContent.Random(1_000 + i, 100 + i)), TestContent.Metadata(period: $"FY{2020 + i}")));
        }

        return records;
    }
}
