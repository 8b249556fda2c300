using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly RepositoryRef Repo = RepositoryRef.Parse("acme/chat");

    private static DesiredReminder Desired(string obligation, ReminderDisposition disposition, string digest = "d1") => new()
    {
        Key = new ReminderKey("svc", obligation, "p"),
        Disposition = disposition,
        Title = $"svc: {obligation}",
        Body = ReminderMarker.Format(new ReminderKey("svc", obligation, "p"), digest) + "\nbody",
        Digest = digest,
        Labels = [ReminderLabels.Reminder, ReminderLabels.Due],
        Assignees = ["alice"],
    };

    private static ReminderIssue Issue(int number, string obligation, bool open = true, string digest = "d1", string service = "svc") => new()
    {
        Number = number,
        Key = new ReminderKey(service, obligation, "p"),
        Digest = digest,
        IsOpen = open,
        Labels = [ReminderLabels.Reminder, ReminderLabels.Overdue, "in progress"],
        Assignees = ["carol"],
    };

    [Fact]
    public void Unchanged_issues_plan_no_write()
    {
        var plan = ReminderPlanner.Plan(Repo, [Desired("a", ReminderDisposition.Open)], [Issue(1, "a")]);
        Assert.Empty(plan.Writes);
        Assert.Equal(1, plan.Count(ReminderAction.Unchanged));
    }

    [Fact]
    public void Missing_changed_closed_and_satisfied_reminders_plan_the_right_writes()
    {
        var plan = ReminderPlanner.Plan(
            Repo,
            [
                Desired("new", ReminderDisposition.Open),
                Desired("moved", ReminderDisposition.Open, "d2"),
                Desired("reopen", ReminderDisposition.Open),
                Desired("done", ReminderDisposition.Close),
                Desired("upcoming", ReminderDisposition.KeepIfOpen),
                Desired("done-before", ReminderDisposition.Close, "d9"),
            ],
            [Issue(1, "moved"), Issue(2, "reopen", open: false), Issue(3, "done"), Issue(4, "done-before", open: false)]);

        Assert.Equal(ReminderAction.Open, plan.Changes.Single(c => c.Key.ObligationId == "new").Action);
        var moved = plan.Changes.Single(c => c.Key.ObligationId == "moved");
        Assert.Equal(ReminderAction.Update, moved.Action);
        Assert.Equal([ReminderLabels.Reminder, ReminderLabels.Due, "in progress"], moved.Labels);
        Assert.Equal(["alice", "carol"], moved.Assignees);
        Assert.True(plan.Changes.Single(c => c.Key.ObligationId == "reopen") is { Action: ReminderAction.Update, Open: true });
        Assert.True(plan.Changes.Single(c => c.Key.ObligationId == "done") is { Action: ReminderAction.Close, Open: false, IssueNumber: 3 });
        Assert.Equal(ReminderAction.Unchanged, plan.Changes.Single(c => c.Key.ObligationId == "upcoming").Action);
        Assert.Equal(ReminderAction.Unchanged, plan.Changes.Single(c => c.Key.ObligationId == "done-before").Action);
    }

    [Fact]
    public void Duplicates_and_orphans_of_services_in_scope_are_closed_others_are_left_alone()
    {
        var plan = ReminderPlanner.Plan(
            Repo,
            [Desired("a", ReminderDisposition.Open)],
            [Issue(1, "a"), Issue(5, "a"), Issue(2, "gone"), Issue(3, "theirs", service: "other")]);

        var closes = plan.Changes.Where(c => c.Action == ReminderAction.Close).ToList();
        Assert.Equal([2, 5], closes.Select(c => c.IssueNumber!.Value).Order());
        Assert.All(closes, c => Assert.Equal(ReminderCloseReason.NotPlanned, c.CloseReason));
        Assert.Contains("would close  #5", plan.Describe(), StringComparison.Ordinal);
    }
}
