using AiRegOps.Core.Reminders;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.GitHub.Tests.Support;

namespace AiRegOps.GitHub.Tests;

/// <summary>Issue 10, item 2: one repository's failure is reported and retried next run; the others go on.</summary>
public sealed class RepositoryIsolationTests
{
    private static RepositoryReminders[] Targets() =>
    [
        TestSchedules.Repository("acme/alpha", ["chat"]),
        TestSchedules.Repository("acme/beta", ["draw"]),
        TestSchedules.Repository("acme/gamma", ["search"]),
        TestSchedules.Repository("acme/delta", ["voice"]),
    ];

    [Fact]
    public async Task Repositories_that_GitHub_fails_or_refuses_are_skipped_and_reported_while_the_others_are_planned_and_written()
    {
        await using var h = await Harness.StartAsync();
        h.Server.Break("acme/beta", FakeFault.BadGateway);
        h.Server.Break("acme/gamma", FakeFault.Forbidden);
        var sync = h.Synchronizer(new ReminderSyncOptions { MaxAttempts = 2 });

        var first = await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        Assert.Equal(["acme/beta", "acme/gamma"], first.Skipped.Select(r => r.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, h.Server.Issues("acme/alpha").Count);
        Assert.Equal(3, h.Server.Issues("acme/delta").Count);
        Assert.Contains(first.Run.Errors, e => e.StartsWith("acme/beta: not planned this run, retried next run: ReminderTransientException: ", StringComparison.Ordinal) && e.Contains("502", StringComparison.Ordinal));
        Assert.Contains(first.Run.Errors, e => e.StartsWith("acme/gamma: not planned this run, retried next run: ", StringComparison.Ordinal) && e.Contains("Resource not accessible by integration", StringComparison.Ordinal));
        Assert.All(first.Run.Errors, e => Assert.DoesNotContain(Harness.Token, e, StringComparison.Ordinal));
        Assert.All(first.Run.Errors, e => Assert.DoesNotContain('\n', e));
        Assert.DoesNotContain(h.Logger.Lines, l => l.Contains(Harness.Token, StringComparison.Ordinal));

        // The next run, with GitHub answering again, plans the skipped ones and writes each reminder once.
        h.Server.Heal("acme/beta");
        h.Server.Heal("acme/gamma");
        var second = await sync.SweepAsync(Targets(), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        Assert.Empty(second.Skipped);
        Assert.All(new[] { "acme/alpha", "acme/beta", "acme/gamma", "acme/delta" }, r => Assert.Equal(3, h.Server.Issues(r).Count));
    }

    [Fact]
    public async Task A_repository_whose_writes_are_refused_does_not_stop_the_writes_of_the_next()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer(new ReminderSyncOptions { MaxAttempts = 2 });
        foreach (var target in Targets())
        {
            await sync.PlanAsync(target, CancellationToken.None);
        }

        h.Server.Break("acme/alpha", FakeFault.Forbidden);
        h.Server.Break("acme/beta", FakeFault.BadGateway);
        var run = await sync.RunAsync(CancellationToken.None);

        Assert.Equal(3, h.Server.Issues("acme/gamma").Count);
        Assert.Equal(3, h.Server.Issues("acme/delta").Count);
        Assert.Contains(run.Errors, e => e.StartsWith("acme/alpha: Open ", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.StartsWith("acme/beta: Open ", StringComparison.Ordinal));
        Assert.Equal(6, run.Remaining);
    }
}
