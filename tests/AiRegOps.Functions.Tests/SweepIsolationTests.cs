using AiRegOps.Core.Watch;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.Tests.Shared.Watch;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace AiRegOps.Functions.Tests;

/// <summary>Issue 10, item 2: long user values in table keys, and one repository's failure in a sweep.</summary>
public sealed class SweepIsolationTests
{
    [Fact]
    public async Task A_repository_that_cannot_be_planned_is_logged_and_skipped_while_the_others_are_planned()
    {
        await using var env = await FunctionsEnvironment.StartAsync();
        env.GitHub.Repository("octo-org/alpha").Files["airegops.yml"] = TestProfiles.Service("chat");
        env.GitHub.Repository("octo-org/beta").Files["airegops.yml"] = TestProfiles.Service("draw");
        env.Repositories.AddRange(["octo-org/alpha", "octo-org/beta"]);
        var app = env.NewInstance();
        await app.Get<DeploymentEvents>().RunAsync(DeploymentEventMessages.Valid(service: "chat"), CancellationToken.None);
        await app.Get<RepositoryWatch>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);

        // Tamper with chat's ledger: it no longer verifies, so its schedule cannot be trusted this run.
        await new TableServiceClient(env.Azurite.ConnectionString).GetTableClient("evidenceledger").DeleteEntityAsync("chat", "head");
        await env.NewInstance().Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);

        Assert.NotEmpty(env.GitHub.Issues("octo-org/beta"));
        Assert.Empty(env.GitHub.Issues("octo-org/alpha"));
        Assert.Contains(env.Logs.Lines, l => l.Contains("octo-org/alpha: not planned this run, retried next run: The evidence ledger of 'chat' does not verify", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitHub_refusing_one_repository_and_a_table_error_on_another_s_keys_leave_the_rest_of_the_sweep_going()
    {
        await using var env = await FunctionsEnvironment.StartAsync();
        string[] names = ["alpha", "beta", "gamma", "delta"];
        foreach (var name in names)
        {
            env.GitHub.Repository($"octo-org/{name}").Files["airegops.yml"] = TestProfiles.Service($"svc-{name}");
        }

        env.Repositories.AddRange(names.Select(n => $"octo-org/{n}"));
        await env.NewInstance().Get<RepositoryWatch>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);

        // beta: GitHub answers 403 (not a rate limit) to everything about it. gamma: its lock row in the work table
        // holds a value of the wrong type, so every read of it fails with a storage error.
        env.GitHub.Break("octo-org/beta", FakeFault.Forbidden);
        var work = new TableServiceClient(env.Azurite.ConnectionString).GetTableClient("reminderwork");
        await work.CreateIfNotExistsAsync();
        await work.UpsertEntityAsync(new TableEntity("lock", Uri.EscapeDataString("octo-org/gamma")) { ["Holder"] = "elsewhere", ["Until"] = "not a time" });

        await env.NewInstance().Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);

        Assert.NotEmpty(env.GitHub.Issues("octo-org/alpha"));
        Assert.NotEmpty(env.GitHub.Issues("octo-org/delta"));
        Assert.Empty(env.GitHub.Issues("octo-org/beta"));
        Assert.Empty(env.GitHub.Issues("octo-org/gamma"));
        Assert.Contains(env.Logs.Lines, l => l.Contains("octo-org/beta: not planned this run, retried next run: ", StringComparison.Ordinal) && l.Contains("Resource not accessible by integration", StringComparison.Ordinal));
        Assert.Contains(env.Logs.Lines, l => l.Contains("octo-org/gamma: not planned this run, retried next run: ", StringComparison.Ordinal));
        Assert.DoesNotContain(env.Logs.Lines, l => l.Contains(FunctionsEnvironment.Token, StringComparison.Ordinal));

        // The next run, with both mended, plans them; nothing already opened is opened again.
        var opened = env.GitHub.Issues("octo-org/alpha").Count;
        env.GitHub.Heal("octo-org/beta");
        await work.DeleteEntityAsync("lock", Uri.EscapeDataString("octo-org/gamma"));
        await env.NewInstance().Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);

        Assert.Equal(opened, env.GitHub.Issues("octo-org/beta").Count);
        Assert.Equal(opened, env.GitHub.Issues("octo-org/gamma").Count);
        Assert.Equal(opened, env.GitHub.Issues("octo-org/alpha").Count);
    }

    [Fact]
    public async Task An_event_id_longer_than_a_table_key_allows_is_recorded_and_read_back()
    {
        await using var env = await FunctionsEnvironment.StartAsync();
        var store = env.NewInstance().Services.GetRequiredService<IServiceEventStore>();
        var id = "ethics-" + string.Concat(Enumerable.Repeat("人工智能伦理审查活动", 50));
        var recorded = new RecordedServiceEvent
        {
            Id = id,
            Service = "chat",
            Source = "test",
            Event = new Core.Profiles.ServiceEvent { Type = Core.Profiles.ServiceEventType.Launched, Date = new DateOnly(2025, 6, 2) },
        };

        Assert.True(await store.RecordAsync(recorded, CancellationToken.None));
        Assert.False(await store.RecordAsync(recorded, CancellationToken.None));

        Assert.Equal(id, Assert.Single(await store.GetAsync("chat", CancellationToken.None)).Id);
    }
}
