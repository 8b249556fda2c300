using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;
using AiRegOps.GitHub.Tests.Support;
using Octokit;

namespace AiRegOps.GitHub.Tests;

/// <summary>Issue 10, item 2: markers of long keys are capped, and issues written with whole long markers still match.</summary>
public sealed class MarkerCapTests
{
    private const string Repo = "acme/ethics";

    // 50 Chinese characters: 450 characters once percent-encoded.
    private static readonly string Activity = string.Concat(Enumerable.Repeat("人工智能伦理审查活动", 5));
    private static readonly string Period = $"ethics-approval-obtained@2025-03-01/{Activity}";

    private static List<ScheduleItem> EthicsItems(string service, string digestHint = "") =>
    [
        TestSchedules.Item(service, "ethics-review", Period + digestHint, ScheduleStatus.Due, new DateOnly(2025, 10, 15)),
    ];

    private static RepositoryReminders[] Target(string service, Func<string, List<ScheduleItem>>? items = null) =>
        [TestSchedules.Repository(Repo, [service], items ?? (s => EthicsItems(s)))];

    private static string FirstLine(string? body) => (body ?? string.Empty).Split('\n')[0];

    [Fact]
    public async Task A_reminder_with_a_long_key_gets_a_capped_marker_and_a_second_sweep_writes_nothing()
    {
        await using var h = await Harness.StartAsync();
        var sync = h.Synchronizer();

        await sync.SweepAsync(Target("chat"), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        var issue = Assert.Single(h.Server.Issues(Repo));
        Assert.True(FirstLine(issue.Body).Length <= ReminderMarker.MaxLength, $"marker of {FirstLine(issue.Body).Length} characters");
        Assert.DoesNotContain(Uri.EscapeDataString(Activity), issue.Body, StringComparison.Ordinal);

        h.Server.ResetCounts();
        var second = await sync.SweepAsync(Target("chat"), CancellationToken.None);
        Assert.Equal(0, h.Server.Writes);
        Assert.True(second.IsComplete);
    }

    [Fact]
    public async Task An_issue_written_with_the_whole_long_key_is_updated_in_place_not_duplicated()
    {
        await using var h = await Harness.StartAsync();
        var desired = Target("chat")[0].Reminders.Single();
        var legacyMarker = $"{ReminderMarker.Prefix}service=chat obligation=ethics-review period={Uri.EscapeDataString(Period)} digest=0000000000000000 -->";
        var legacy = new NewIssue(desired.Title) { Body = legacyMarker + "\nWritten by an earlier version." };
        legacy.Labels.Add(ReminderLabels.Reminder);
        var existing = await h.Client.Issue.Create("acme", "ethics", legacy);
        Assert.True(legacyMarker.Length > ReminderMarker.MaxLength);

        var sync = h.Synchronizer();
        var plan = await sync.SweepAsync(Target("chat"), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        var issue = Assert.Single(h.Server.Issues(Repo));
        Assert.Equal(existing.Number, issue.Number);
        Assert.Equal(ReminderAction.Update, Assert.Single(plan.Plans.Single().Writes).Action);
        Assert.Equal(FirstLine(desired.Body), FirstLine(issue.Body));

        h.Server.ResetCounts();
        await sync.SweepAsync(Target("chat"), CancellationToken.None);
        Assert.Equal(0, h.Server.Writes);
    }

    [Fact]
    public async Task An_issue_written_whole_with_the_current_digest_is_left_alone()
    {
        await using var h = await Harness.StartAsync();
        var desired = Target("chat")[0].Reminders.Single();
        var legacyMarker = $"{ReminderMarker.Prefix}service=chat obligation=ethics-review period={Uri.EscapeDataString(Period)} digest={desired.Digest} -->";
        var legacy = new NewIssue(desired.Title) { Body = legacyMarker + "\nWritten by an earlier version." };
        legacy.Labels.Add(ReminderLabels.Reminder);
        await h.Client.Issue.Create("acme", "ethics", legacy);
        h.Server.ResetCounts();

        var result = await h.Synchronizer().SweepAsync(Target("chat"), CancellationToken.None);

        Assert.Equal(0, h.Server.Writes);
        Assert.Single(h.Server.Issues(Repo));
        Assert.Equal(ReminderAction.Unchanged, Assert.Single(result.Plans.Single().Changes).Action);
    }

    [Fact]
    public async Task A_service_whose_name_is_hashed_in_its_markers_still_has_its_stale_issues_closed()
    {
        await using var h = await Harness.StartAsync();
        var service = "客服" + Activity;
        var sync = h.Synchronizer();
        await sync.SweepAsync(Target(service), CancellationToken.None);
        await h.RunToCompletionAsync(sync);
        Assert.StartsWith("*", ReminderMarker.Field(service), StringComparison.Ordinal);
        Assert.Equal("open", Assert.Single(h.Server.Issues(Repo)).State);

        // The schedule no longer has the item: the issue (found only by hashes) is closed, not left open.
        await sync.SweepAsync(Target(service, _ => []), CancellationToken.None);
        await h.RunToCompletionAsync(sync);

        Assert.Equal("closed", Assert.Single(h.Server.Issues(Repo)).State);
    }
}
