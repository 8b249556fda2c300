using AiRegOps.Core.Reminders;
using AiRegOps.GitHub.Tests.Support;
using Xunit.Abstractions;

namespace AiRegOps.GitHub.Tests;

/// <summary>The must-hold numbers: 1,000 services, 3,000 due items, counted calls, and GitHub's write limits on the fake clock.</summary>
public sealed class ScaleTests(ITestOutputHelper output)
{
    private const int Repositories = 20;
    private const int ServicesPerRepository = 50;

    private static RepositoryReminders[] Targets() =>
    [
        .. Enumerable.Range(0, Repositories).Select(r => TestSchedules.Repository(
            $"acme/repo-{r:D2}",
            Enumerable.Range(0, ServicesPerRepository).Select(s => $"svc-{r:D2}-{s:D3}"))),
    ];

    [Fact]
    public async Task A_sweep_of_1000_services_reads_once_per_100_issues_and_a_second_sweep_writes_nothing()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();
        var targets = Targets();
        Assert.Equal(1000, targets.Sum(t => t.ServicesInScope!.Count));
        Assert.Equal(3000, targets.Sum(t => t.Reminders.Count(r => r.Disposition == ReminderDisposition.Open)));

        var start = h.Clock.GetUtcNow();
        var first = await sync.SweepAsync(targets, CancellationToken.None);
        var rest = await h.RunToCompletionAsync(sync);
        var firstReads = h.Server.Reads;
        var firstWrites = h.Server.Writes;
        var elapsed = h.Clock.GetUtcNow() - start;
        var writeLog = h.Server.WriteLog;

        Assert.Equal(3000, first.Run.Opened + rest.Opened);
        Assert.Equal(3000, h.Server.AllIssues().Count);
        Assert.Equal(3000, firstWrites);

        // Empty repositories: one list call each to learn they are empty; no other read.
        Assert.Equal(Repositories, firstReads);

        // GitHub's content-creation limits, checked on the fake clock's timestamps of every write.
        for (var i = 0; i < writeLog.Count; i++)
        {
            var at = writeLog[i].At;
            Assert.True(writeLog.Count(w => w.At > at.AddMinutes(-1) && w.At <= at) <= 80, $"more than 80 writes in the minute before {at:O}");
            Assert.True(writeLog.Count(w => w.At > at.AddHours(-1) && w.At <= at) <= 500, $"more than 500 writes in the hour before {at:O}");
        }

        h.Server.ResetCounts();
        var second = await sync.SweepAsync(Targets(), CancellationToken.None);
        var secondReads = h.Server.Reads;
        var secondNotModified = h.Server.NotModified;
        Assert.Equal(0, h.Server.Writes);
        Assert.True(second.IsComplete);

        // 150 reminders per repository: two pages of 100.
        Assert.Equal(Repositories * 2, secondReads);

        h.Server.ResetCounts();
        await sync.SweepAsync(Targets(), CancellationToken.None);
        var thirdReads = h.Server.Reads;
        var thirdNotModified = h.Server.NotModified;
        Assert.Equal(0, h.Server.Writes);
        Assert.Equal(Repositories * 2, thirdReads);
        Assert.Equal(thirdReads, thirdNotModified);

        output.WriteLine($"first sweep: {firstWrites} writes, {firstReads} reads, {rest.Runs + 1} runs, {elapsed} on the fake clock");
        output.WriteLine($"second sweep: 0 writes, {secondReads} reads ({secondNotModified} answered 304)");
        output.WriteLine($"third sweep: 0 writes, {thirdReads} reads ({thirdNotModified} answered 304)");
        var report = Path.Combine(AppContext.BaseDirectory, "scale-sweep.txt");
        await File.WriteAllTextAsync(report, $"first: writes={firstWrites} reads={firstReads} runs={rest.Runs + 1} fakeElapsed={elapsed}\nsecond: writes=0 reads={secondReads} notModified={secondNotModified}\nthird: writes=0 reads={thirdReads} notModified={thirdNotModified}\n");
    }
}
