using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;
using AiRegOps.GitHub.Tests.Support;

namespace AiRegOps.GitHub.Tests;

/// <summary>A real profile read from the fake repository, the real scheduler and catalogue, reminders sent and sent again.</summary>
public sealed class EndToEndTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "examples", "faceswap-api", "airegops.yml");

    [Fact]
    public async Task A_profile_read_from_the_repository_gets_one_reminder_per_due_item_and_nothing_the_second_time()
    {
        await using var h = await Harness.StartAsync();
        h.Server.Repository("huanyan/faceswap-api").Files["airegops.yml"] = await File.ReadAllTextAsync(Example);
        var repository = RepositoryRef.Parse("huanyan/faceswap-api");
        var profiles = await new RepositoryProfileSource(h.Client).ReadProfilesAsync(repository);
        var schedules = profiles.Select(p => ComplianceScheduler.Default.Build(p, new DateOnly(2025, 12, 1))).ToList();
        // Dated or triggered work that is due; continuing duties and advice open no issue of their own.
        var due = schedules.Sum(s => s.Items.Count(i => i.Status is ScheduleStatus.Due or ScheduleStatus.Overdue
            && !i.IsAdvisory && !(i.PeriodKey == PeriodKeys.Continuous && i.DueDate is null)));
        var options = new GitHubReminderOptions { Client = h.Client, Catalogue = ObligationCatalogue.Default, Time = h.Clock, Pacer = h.Pacer };

        var first = await GitHubReminders.SendAsync(repository, schedules, options);
        h.Server.ResetCounts();
        var second = await GitHubReminders.SendAsync(repository, schedules, options);

        Assert.Single(profiles);
        Assert.True(due > 0);
        Assert.Equal(due, first.Run.Opened);
        Assert.Equal(due, h.Server.Issues("huanyan/faceswap-api").Count);
        Assert.Equal(0, second.Run.Writes);
        Assert.Equal(0, h.Server.Writes);
        var body = h.Server.Issues("huanyan/faceswap-api")[0].Body!;
        Assert.Contains("Evidence that closes it · 关闭此提醒所需证据", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@huanyan-ai", body, StringComparison.Ordinal);

        // Kept next to the test assembly as a sample of the real format (docs/reminders.md shows one).
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "example-reminder-body.md"), body);
    }
}
