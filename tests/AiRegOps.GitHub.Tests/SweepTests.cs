using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.GitHub.Tests.Support;

namespace AiRegOps.GitHub.Tests;

public sealed class SweepTests
{
    private static readonly string[] Services = [.. Enumerable.Range(1, 12).Select(i => $"svc-{i:D2}")];

    private static RepositoryReminders[] Targets(Func<string, List<ScheduleItem>>? items = null) =>
    [
        TestSchedules.Repository("acme/alpha", Services.Take(7), items),
        TestSchedules.Repository("acme/beta", Services.Skip(7), items),
    ];

    private static string State(FakeGitHubServer server) => string.Join("\n",
        new[] { "acme/alpha", "acme/beta" }.SelectMany(r => server.Issues(r).Select(i => $"{r}#{i.Number} {i.State} {i.StateReason} [{string.Join(",", i.Labels)}] [{string.Join(",", i.Assignees)}] {i.Title}\n{i.Body}"))
            .Order(StringComparer.Ordinal));

    private static string StateByKey(FakeGitHubServer server) => string.Join("\n",
        new[] { "acme/alpha", "acme/beta" }.SelectMany(r => server.Issues(r).Select(i => $"{r} {i.State} {i.StateReason} [{string.Join(",", i.Labels)}] {i.Title}\n{i.Body}"))
            .Order(StringComparer.Ordinal));

    [Fact]
    public async Task A_sweep_opens_exactly_one_issue_per_due_item_and_a_second_sweep_writes_nothing()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();

        var first = await sync.SweepAsync(Targets(), CancellationToken.None);
        var rest = await h.RunToCompletionAsync(sync);

        Assert.Equal(Services.Length * 3, first.Run.Opened + rest.Opened);
        var issues = h.Server.AllIssues();
        Assert.Equal(Services.Length * 3, issues.Count);
        Assert.All(issues, i => Assert.True(ReminderMarker.TryParse(i.Body, out _, out _)));
        Assert.Equal(issues.Count, issues.Select(i => { ReminderMarker.TryParse(i.Body, out var k, out _); return k; }).Distinct().Count());
        Assert.All(issues, i => Assert.Contains("alice", i.Assignees));
        Assert.All(issues, i => Assert.Contains("compliance", i.Labels));

        h.Server.ResetCounts();
        var second = await sync.SweepAsync(Targets(), CancellationToken.None);
        Assert.Equal(0, h.Server.Writes);
        Assert.Equal(0, second.Run.Writes);
        Assert.True(second.IsComplete);
        Assert.Equal(2, h.Server.Reads);
    }

    [Fact]
    public async Task An_interrupted_sweep_resumed_later_ends_like_an_uninterrupted_one()
    {
        await using var reference = await Harness.StartAsync();
        var whole = reference.Synchronizer();
        await whole.SweepAsync(Targets(), CancellationToken.None);
        await reference.RunToCompletionAsync(whole);

        await using var h = await Harness.StartAsync();
        using (var stop = new CancellationTokenSource())
        {
            var options = new ReminderSyncOptions { Holder = "first" };
            var first = new ReminderSynchronizer(new CancellingTracker(h.Tracker(), stop, writes: 10), h.Queue, h.Pacer, h.Clock, options);
            foreach (var target in Targets())
            {
                await first.PlanAsync(target, CancellationToken.None);
            }

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunAsync(stop.Token));
            Assert.Equal(10, h.Server.AllIssues().Count);
        }

        // Another instance, later: the dead run's item becomes visible again and is checked before it is opened.
        h.Clock.Advance(TimeSpan.FromMinutes(11));
        var second = h.Synchronizer(new ReminderSyncOptions { Holder = "second" });
        await second.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(second);

        Assert.Equal(StateByKey(reference.Server), StateByKey(h.Server));
    }

    [Fact]
    public async Task A_run_that_died_after_writing_is_resumed_without_a_duplicate()
    {
        await using var h = await Harness.StartAsync();
        var first = h.Synchronizer(new ReminderSyncOptions { Holder = "first", MaxAttempts = 1 });
        foreach (var target in Targets())
        {
            await first.PlanAsync(target, CancellationToken.None);
        }

        // Simulate a death right after a write: take an item, open its issue, never complete it.
        var repository = RepositoryRef.Parse("acme/alpha");
        var lease = await h.Queue.TakeAsync(repository, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(lease);
        await h.Tracker().CreateAsync(repository, lease.Item.Change, CancellationToken.None);

        h.Clock.Advance(TimeSpan.FromMinutes(6));
        var (_, opened, _, _, recovered) = await h.RunToCompletionAsync(h.Synchronizer(new ReminderSyncOptions { Holder = "second" }));

        Assert.Equal(1, recovered);
        Assert.Equal((Services.Length * 3) - 1, opened);
        Assert.Equal(Services.Length * 3, h.Server.AllIssues().Count);
    }

    [Fact]
    public async Task Two_overlapping_sweeps_open_no_duplicates()
    {
        await using var h = await Harness.StartAsync();
        var a = h.Synchronizer(new ReminderSyncOptions { Holder = "a" }, client: h.NewClient(), pacer: new WritePacer(h.Clock));
        var b = h.Synchronizer(new ReminderSyncOptions { Holder = "b" }, client: h.NewClient(), pacer: new WritePacer(h.Clock));

        await Task.WhenAll(
            Task.Run(() => a.SweepAsync(Targets(), CancellationToken.None)),
            Task.Run(() => b.SweepAsync(Targets(), CancellationToken.None)));
        await h.RunToCompletionAsync(a);

        var keys = h.Server.AllIssues().Select(i => { ReminderMarker.TryParse(i.Body, out var k, out _); return k!; }).ToList();
        Assert.Equal(Services.Length * 3, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_profile_change_moves_the_due_date_in_the_existing_issue()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);
        var before = h.Server.Issues("acme/alpha").Single(i => i.Body!.Contains("obligation=arr-algorithm-filing", StringComparison.Ordinal) && i.Body.Contains("service=svc-01 ", StringComparison.Ordinal));
        Assert.Contains("2025-10-15", before.Body, StringComparison.Ordinal);

        h.Server.ResetCounts();
        var moved = await sync.SweepAsync(Targets(s => TestSchedules.Items(s, filingDue: s == "svc-01" ? new DateOnly(2025, 11, 3) : null)), CancellationToken.None);

        Assert.Equal(1, moved.Run.Updated);
        Assert.Equal(1, h.Server.Writes);
        var after = h.Server.Issues("acme/alpha").Single(i => i.Number == before.Number);
        Assert.Contains("2025-11-03", after.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-10-15", after.Body, StringComparison.Ordinal);
        Assert.Equal("open", after.State);
        Assert.Equal(Services.Length * 3, h.Server.AllIssues().Count);
    }

    [Fact]
    public async Task Satisfying_evidence_closes_the_issue_as_completed_once()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        var closing = await sync.SweepAsync(Targets(s => TestSchedules.Items(s, filingSatisfied: s == "svc-03")), CancellationToken.None);
        Assert.Equal(1, closing.Run.Closed);
        var closed = h.Server.Issues("acme/alpha").Single(i => i.State == "closed");
        Assert.Equal("completed", closed.StateReason);
        Assert.Contains("Satisfied · 已满足", closed.Body, StringComparison.Ordinal);
        Assert.Contains("airegops:satisfied", closed.Labels);

        h.Server.ResetCounts();
        var again = await sync.SweepAsync(Targets(s => TestSchedules.Items(s, filingSatisfied: s == "svc-03")), CancellationToken.None);
        Assert.Equal(0, again.Run.Writes);
        Assert.Equal(0, h.Server.Writes);
    }

    [Fact]
    public async Task A_reminder_no_longer_scheduled_is_closed_as_not_planned_and_people_keep_their_labels()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);
        var target = h.Server.Issues("acme/beta").First(i => i.Body!.Contains("obligation=sa-security-assessment", StringComparison.Ordinal));
        h.Server.Edit("acme/beta", target.Number, i => i.Labels.Add("in progress"));

        await sync.SweepAsync(Targets(s => [.. TestSchedules.Items(s).Where(i => i.ObligationId != "sa-security-assessment")]), CancellationToken.None);

        var after = h.Server.Issues("acme/beta").Single(i => i.Number == target.Number);
        Assert.Equal("closed", after.State);
        Assert.Equal("not_planned", after.StateReason);
        Assert.Contains("in progress", after.Labels);
    }

    [Fact]
    public async Task A_dropped_connection_after_an_open_does_not_create_a_duplicate()
    {
        await using var h = await Harness.StartAsync();
        h.Server.Inject(FakeFault.DropAfterWrite);
        var sync = h.Synchronizer();

        var result = await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        Assert.Equal(Services.Length * 3, h.Server.AllIssues().Count);
        Assert.Contains(h.Logger.Lines, l => l.Contains("may have succeeded unseen", StringComparison.Ordinal));
        Assert.Empty(result.Run.Errors);
    }

    [Fact]
    public async Task Bad_gateways_are_retried_within_the_bound()
    {
        await using var h = await Harness.StartAsync();
        h.Server.Inject(FakeFault.BadGateway, times: 2, writesOnly: false);
        var sync = h.Synchronizer();

        await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        Assert.Equal(Services.Length * 3, h.Server.AllIssues().Count);
    }

    [Fact]
    public async Task Persistent_bad_gateways_put_the_item_back_and_report_it()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer(new ReminderSyncOptions { MaxAttempts = 2 });
        foreach (var target in Targets())
        {
            await sync.PlanAsync(target, CancellationToken.None);
        }

        h.Server.Inject(FakeFault.BadGateway, times: 4);
        var run = await sync.RunAsync(CancellationToken.None);

        Assert.True(run.Failed >= 1);
        Assert.NotEmpty(run.Errors);
        Assert.NotNull(run.ResumeAt);
        await h.RunToCompletionAsync(sync);
        var keys = h.Server.AllIssues().Select(i => { ReminderMarker.TryParse(i.Body, out var k, out _); return k!; }).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(Services.Length * 3, keys.Count);
    }

    [Fact]
    public async Task A_primary_rate_limit_ends_the_run_until_the_reset_and_the_next_run_finishes()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        foreach (var target in Targets())
        {
            await sync.PlanAsync(target, CancellationToken.None);
        }

        var start = h.Clock.GetUtcNow();
        h.Server.Inject(FakeFault.PrimaryLimit);
        var run = await sync.RunAsync(CancellationToken.None);

        Assert.Equal(0, run.Writes);
        Assert.True(run.ResumeAt >= start.AddMinutes(10).AddSeconds(-1), $"resume at {run.ResumeAt:O}");
        Assert.Equal(Services.Length * 3, run.Remaining);

        h.Clock.MoveTo(run.ResumeAt!.Value);
        await h.RunToCompletionAsync(sync);
        Assert.Equal(Services.Length * 3, h.Server.AllIssues().Count);
    }

    [Fact]
    public async Task A_429_primary_limit_is_a_wait_too()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        await sync.PlanAsync(Targets()[0], CancellationToken.None);
        h.Server.Inject(FakeFault.PrimaryLimit429);

        var run = await sync.RunAsync(CancellationToken.None);

        Assert.Equal(0, run.Writes);
        Assert.NotNull(run.ResumeAt);
        Assert.True(run.ResumeAt > h.Clock.GetUtcNow().AddMinutes(5));
    }

    [Fact]
    public async Task A_secondary_rate_limit_waits_its_retry_after_and_carries_on()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        await sync.PlanAsync(Targets()[0], CancellationToken.None);
        h.Server.Inject(FakeFault.SecondaryLimit);

        var before = h.Clock.GetUtcNow();
        var run = await sync.RunAsync(CancellationToken.None);

        Assert.Equal(7 * 3, run.Opened);
        Assert.Equal(0, run.Remaining);
        var log = h.Server.WriteLog;
        Assert.True(log[1].At - log[0].At >= TimeSpan.FromSeconds(60), "the retry waited Retry-After on the fake clock");
        Assert.True(h.Clock.GetUtcNow() - before >= TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Dry_run_without_a_token_prints_what_it_would_open_and_writes_nothing()
    {
        await using var h = await Harness.StartAsync();
        using var output = new StringWriter();
        var schedule = new ServiceSchedule
        {
            Service = TestSchedules.Profile("svc-dry"),
            AsOf = new DateOnly(2025, 10, 1),
            Items = TestSchedules.Items("svc-dry"),
            PublicOpinion = new Core.Attributes.PublicOpinionResult { HasPublicOpinionAttributes = false, Grounds = [] },
            CatalogueVersion = "test",
        };

        var result = await GitHubReminders.SendAsync(
            RepositoryRef.Parse("acme/alpha"),
            [schedule],
            new GitHubReminderOptions { Connection = new GitHubConnectionOptions { BaseUrl = h.Server.BaseUrl }, Output = output, Time = h.Clock });

        Assert.Equal(0, h.Server.Reads + h.Server.Writes);
        Assert.Equal(3, result.Run.Opened);
        var printed = output.ToString();
        Assert.Equal(3, printed.Split('\n').Count(l => l.StartsWith("would open", StringComparison.Ordinal)));
        Assert.Contains("svc-dry: Duty arr-algorithm-filing", printed, StringComparison.Ordinal);
        Assert.Contains("3 to open", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_with_a_token_lists_but_does_not_write()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);
        h.Server.ResetCounts();

        var result = await GitHubReminders.SendAsync(
            [.. Targets(s => TestSchedules.Items(s, filingSatisfied: true))],
            new GitHubReminderOptions { Connection = h.Connection, DryRun = true, Time = h.Clock });

        Assert.Equal(0, h.Server.Writes);
        Assert.Equal(2, h.Server.Reads);
        Assert.Equal(Services.Length, result.Run.Closed);
    }

    [Fact]
    public async Task One_call_send_opens_issues_with_a_token()
    {
        await using var h = await Harness.StartAsync();
        var result = await GitHubReminders.SendAsync(
            [TestSchedules.Repository("acme/alpha", ["svc-one"])],
            new GitHubReminderOptions { Connection = h.Connection, Time = h.Clock });

        Assert.True(result.IsComplete);
        Assert.Equal(3, h.Server.Issues("acme/alpha").Count);
    }

    [Fact]
    public async Task A_GitHub_App_installation_signs_requests_with_its_installation_token()
    {
        await using var h = await Harness.StartAsync();
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var pem = rsa.ExportRSAPrivateKeyPem();
        var client = GitHubClientFactory.Create(new GitHubConnectionOptions { BaseUrl = h.Server.BaseUrl, Auth = GitHubAuth.FromApp(12345, pem, 678) }, h.Clock);
        var sync = h.Synchronizer(client: client);

        await sync.SweepAsync([TestSchedules.Repository("acme/alpha", ["svc-app"])], CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        Assert.Equal(3, h.Server.Issues("acme/alpha").Count);
        Assert.Equal(1, h.Server.Calls["POST /api/v3/app/installations/{id:long}/access_tokens"]);
        Assert.Contains(h.Server.Authorizations, a => a.StartsWith("Bearer ", StringComparison.Ordinal));
        Assert.Contains(h.Server.Authorizations, a => a.Contains("ghs_installation678token", StringComparison.Ordinal));
        Assert.DoesNotContain("PRIVATE KEY", GitHubAuth.FromApp(12345, pem, 678).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limited_listing_skips_the_repository_until_a_later_sweep()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        h.Server.Inject(FakeFault.PrimaryLimit, writesOnly: false);

        var limited = await sync.SweepAsync(Targets(), CancellationToken.None);

        Assert.False(limited.IsComplete);
        Assert.Equal(2, limited.Skipped.Count);
        Assert.Equal(0, h.Server.Writes);
        h.Clock.MoveTo(h.Pacer.BlockedUntil);
        var later = await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);
        Assert.Empty(later.Skipped);
        Assert.Equal(Services.Length * 3, h.Server.AllIssues().Count);
    }
}
