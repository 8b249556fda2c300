using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class ReminderComposerTests
{
    private static readonly ServiceProfile Profile = new()
    {
        Name = "chat",
        DisplayName = "Chat @everyone <script>",
        Owners = ["@alice", "bob", "@example/compliance", "not a login!"],
        Labels = ["team:ai", "airegops:fake", "x,y"],
        Provider = new Provider { Name = "Example" },
    };

    private static ScheduleItem Item(ScheduleStatus status, DateOnly? due = null) => new()
    {
        Service = "chat",
        ObligationId = "arr-algorithm-filing",
        Title = "Algorithm filing",
        PeriodKey = "launched@2025-09-26",
        DueDate = due ?? new DateOnly(2025, 10, 15),
        Status = status,
        Reasons = ["provides personalised push (ARR Art. 2)"],
        Deadline = "10 working days after launched on 2025-09-26 (ARR Art. 24(1))",
        Citations = ["ARR Art. 24(1)"],
        Confidence = Confidence.Confirmed,
    };

    [Theory]
    [InlineData(ScheduleStatus.Due, ReminderDisposition.Open)]
    [InlineData(ScheduleStatus.Overdue, ReminderDisposition.Open)]
    [InlineData(ScheduleStatus.Upcoming, ReminderDisposition.KeepIfOpen)]
    [InlineData(ScheduleStatus.Satisfied, ReminderDisposition.Close)]
    [InlineData(ScheduleStatus.NotApplicable, ReminderDisposition.Close)]
    public void The_status_decides_what_the_issue_should_be(ScheduleStatus status, ReminderDisposition expected) =>
        Assert.Equal(expected, new ReminderComposer().Compose(Profile, Item(status))!.Disposition);

    [Fact]
    public void The_body_is_bilingual_escaped_and_deterministic()
    {
        var composer = new ReminderComposer();
        var a = composer.Compose(Profile, Item(ScheduleStatus.Overdue))!;
        var b = composer.Compose(Profile, Item(ScheduleStatus.Overdue))!;

        Assert.Equal(a.Body, b.Body);
        Assert.Equal(a.Digest, b.Digest);
        Assert.StartsWith(ReminderMarker.Prefix, a.Body, StringComparison.Ordinal);
        Assert.Contains("Overdue · 已逾期", a.Body, StringComparison.Ordinal);
        Assert.Contains("Due · 截止日期 | **2025-10-15**", a.Body, StringComparison.Ordinal);
        Assert.Contains("Why it applies · 适用理由", a.Body, StringComparison.Ordinal);
        Assert.Contains("ARR Art\\. 24\\(1\\)", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("@example/compliance", a.Body, StringComparison.Ordinal);
        Assert.Contains("example/compliance", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_moved_due_date_changes_the_digest()
    {
        var composer = new ReminderComposer();
        Assert.NotEqual(
            composer.Compose(Profile, Item(ScheduleStatus.Due))!.Digest,
            composer.Compose(Profile, Item(ScheduleStatus.Due, new DateOnly(2025, 11, 3)))!.Digest);
    }

    [Fact]
    public void Users_are_assigned_teams_are_named_and_labels_are_cleaned()
    {
        var desired = new ReminderComposer().Compose(Profile, Item(ScheduleStatus.Due))!;

        Assert.Equal(["alice", "bob"], desired.Assignees);
        Assert.Equal([ReminderLabels.Reminder, ReminderLabels.Due, "team:ai"], desired.Labels);
    }

    [Fact]
    public void Items_awaiting_their_trigger_make_no_reminder()
    {
        var item = Item(ScheduleStatus.NotApplicable) with { PeriodKey = "awaiting:launched" };
        Assert.Null(new ReminderComposer().Compose(Profile, item));
    }

    [Fact]
    public void Continuing_duties_without_a_date_make_no_reminder_but_dated_ones_do()
    {
        var standing = Item(ScheduleStatus.Due) with { PeriodKey = "continuous", DueDate = null };
        var fromEffectiveDate = Item(ScheduleStatus.Upcoming) with { PeriodKey = "continuous", DueDate = new DateOnly(2025, 9, 1) };

        Assert.Null(new ReminderComposer().Compose(Profile, standing));
        Assert.Equal(ReminderDisposition.KeepIfOpen, new ReminderComposer().Compose(Profile, fromEffectiveDate)!.Disposition);
    }

    [Fact]
    public void Advice_keeps_an_issue_current_but_never_opens_one()
    {
        var advice = Item(ScheduleStatus.Due) with { IsAdvisory = true };

        Assert.Equal(ReminderDisposition.KeepIfOpen, new ReminderComposer().Compose(Profile, advice)!.Disposition);
    }
}
