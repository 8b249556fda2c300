using AiRegOps.Core.Reminders;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.Tests.Shared.Watch;
using Microsoft.Extensions.DependencyInjection;

namespace AiRegOps.Functions.Tests;

/// <summary>Sweeps through the timer function with the work queue in Azure Tables.</summary>
public sealed class SweepTests
{
    private static readonly string[] Repos = ["octo-org/alpha", "octo-org/beta", "octo-org/gamma"];

    [Fact]
    public async Task A_sweep_larger_than_the_hourly_allowance_resumes_on_later_timer_runs_in_another_instance_and_ends_complete()
    {
        await using var env = await StartManyAsync(servicesPerRepo: 4);
        var expected = Repos.Sum(r => FunctionFlowTests.ExpectedOpen(env, env.GitHub.Repository(r).Files["airegops.yml"]).Count);

        // A small allowance stands in for GitHub's 500 writes an hour.
        var allowance = new WritePacerOptions { PerMinute = 10, PerHour = 10, MinInterval = TimeSpan.FromSeconds(1) };
        var first = env.NewInstance(allowance);
        await env.WatchAndApplyAsync(first);
        var afterFirst = env.GitHub.AllIssues().Count;
        Assert.Equal(10, afterFirst);
        var queue = first.Services.GetRequiredService<IReminderWorkQueue>();
        Assert.Equal(expected - 10, await queue.CountAsync(null, CancellationToken.None));

        // Later timer runs in fresh instances (a restarted or scaled-out app): state is only in Azurite.
        for (var run = 0; run < 20 && env.GitHub.AllIssues().Count < expected; run++)
        {
            env.Clock.Advance(TimeSpan.FromHours(1));
            await env.NewInstance(allowance).Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(pastDue: run == 0), CancellationToken.None);
        }

        AssertOnePerKey(env, expected);
        Assert.Equal(0, await queue.CountAsync(null, CancellationToken.None));
        Assert.Contains(env.Logs.Lines, l => l.Contains("ObligationSweep is running late (past due)", StringComparison.Ordinal));

        // Nothing left to do: another sweep writes nothing.
        env.GitHub.ResetCounts();
        await env.NewInstance().Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Equal(0, env.GitHub.Writes);
        FunctionFlowTests.AssertNoSecrets(env);
    }

    [Fact]
    public async Task Two_overlapping_sweeps_in_two_instances_open_no_duplicates()
    {
        await using var env = await StartManyAsync(servicesPerRepo: 3);
        var expected = Repos.Sum(r => FunctionFlowTests.ExpectedOpen(env, env.GitHub.Repository(r).Files["airegops.yml"]).Count);
        var setup = env.NewInstance();
        await setup.Get<RepositoryWatch>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        await env.DrainWatcherQueueAsync();

        var a = env.NewInstance(WritePacerOptions.Unlimited);
        var b = env.NewInstance(WritePacerOptions.Unlimited);
        await Task.WhenAll(
            Task.Run(() => a.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None)),
            Task.Run(() => b.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None)));

        // A repository one sweep skipped as busy is planned by the next.
        await env.NewInstance(WritePacerOptions.Unlimited).Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        AssertOnePerKey(env, expected);
    }

    private static void AssertOnePerKey(FunctionsEnvironment env, int expected)
    {
        var issues = env.GitHub.AllIssues();
        var markers = issues.Select(i => (i.Body ?? string.Empty).Split('\n')[0]).Select(m => m[..m.IndexOf(" digest=", StringComparison.Ordinal)]).ToList();
        Assert.Equal(markers.Count, markers.Distinct().Count());
        Assert.Equal(expected, issues.Count);
    }

    private static async Task<FunctionsEnvironment> StartManyAsync(int servicesPerRepo)
    {
        var env = await FunctionsEnvironment.StartAsync();
        foreach (var repo in Repos)
        {
            var names = Enumerable.Range(1, servicesPerRepo).Select(i => $"{repo.Split('/')[1]}-{i}");
            env.GitHub.Repository(repo).Files["airegops.yml"] = TestProfiles.Many(names);
            env.Repositories.Add(repo);
        }

        return env;
    }
}
