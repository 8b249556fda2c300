using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;
using static AiRegOps.Core.Tests.Schedule.SchedulerFixture;

namespace AiRegOps.Core.Tests.Schedule;

public sealed class EventDeadlineTests
{
    // 2025-09-26 is a Friday before National Day; the 10th working day after it is 2025-10-16 (the Sunday 09-28 and
    // Saturday 10-11 are make-up working days, 10-01 to 10-08 are off).
    [Theory]
    [InlineData("2025-09-27", ScheduleStatus.Due)]
    [InlineData("2025-10-16", ScheduleStatus.Due)]
    [InlineData("2025-10-17", ScheduleStatus.Overdue)]
    public void Filing_is_due_ten_working_days_after_launch(string asOf, ScheduleStatus expected)
    {
        var item = Single(Profile(launchedOn: D("2025-09-26")), D(asOf), "filing");

        Assert.Equal(D("2025-10-16"), item.DueDate);
        Assert.Equal(expected, item.Status);
        Assert.Equal("launched@2025-09-26", item.PeriodKey);
        Assert.Contains("ARR Art. 24(1)", item.Deadline, StringComparison.Ordinal);
    }

    [Fact]
    public void Filing_is_upcoming_outside_the_reminder_lead_time()
    {
        var profile = Profile(launchedOn: D("2026-06-01")) with { Policy = new SchedulePolicy { ReminderLeadDays = 7 } };

        var item = Single(profile, D("2026-05-01"), "filing");

        Assert.Equal(ScheduleStatus.Upcoming, item.Status);
    }

    [Fact]
    public void A_recorded_filing_satisfies_the_launch_filing_and_a_late_one_is_flagged()
    {
        var onTime = Profile(launchedOn: D("2025-09-26")) with
        {
            Filings = [new FilingRecord { Number = "网信算备110108823483901230031号", FiledOn = D("2025-10-15") }],
        };
        var late = onTime with { Filings = [new FilingRecord { FiledOn = D("2025-10-20") }] };

        var onTimeItem = Single(onTime, D("2025-11-01"), "filing");
        var lateItem = Single(late, D("2025-11-01"), "filing");

        Assert.Equal(ScheduleStatus.Satisfied, onTimeItem.Status);
        Assert.Contains("网信算备110108823483901230031号", onTimeItem.SatisfiedBy, StringComparison.Ordinal);
        Assert.Empty(onTimeItem.Warnings);
        Assert.Equal(ScheduleStatus.Satisfied, lateItem.Status);
        Assert.Contains(lateItem.Warnings, w => w.Contains("after the due date 2025-10-16", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_without_public_opinion_features_owes_no_filing_and_says_why()
    {
        var item = Single(Profile(features: ["dispatch"], launchedOn: D("2025-09-26")), D("2025-10-20"), "filing");

        Assert.Equal(ScheduleStatus.NotApplicable, item.Status);
        Assert.Contains(item.Reasons, r => r.StartsWith("has no public-opinion attributes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_obligation_for_another_role_does_not_apply()
    {
        var item = Single(Profile(roles: [ObligorRole.User], launchedOn: D("2025-09-26")), D("2025-10-20"), "filing");

        Assert.Equal(ScheduleStatus.NotApplicable, item.Status);
        Assert.Contains(item.Reasons, r => r == "does not act as service-provider or technical-supporter");
        Assert.Contains(item.ReasonDetails, r => !r.Holds && r.Fact == "roles = [user]");
    }

    [Fact]
    public void A_service_not_launched_yet_awaits_its_launch()
    {
        var item = Single(Profile(), D("2025-10-20"), "filing");

        Assert.Equal(ScheduleStatus.Upcoming, item.Status);
        Assert.Null(item.DueDate);
        Assert.Equal("awaiting:launched", item.PeriodKey);
    }

    [Fact]
    public void Each_filing_change_needs_its_own_change_filing()
    {
        var profile = Profile(launchedOn: D("2025-01-06")) with
        {
            Events =
            [
                new ServiceEvent { Type = ServiceEventType.FilingInformationChanged, Date = D("2025-03-03") },
                new ServiceEvent { Type = ServiceEventType.FilingInformationChanged, Date = D("2025-06-02") },
            ],
            Filings = [new FilingRecord { Kind = FilingKind.Change, FiledOn = D("2025-03-10") }],
        };

        var items = Items(profile, D("2025-07-01"), "filing-change");

        Assert.Equal(2, items.Count);
        Assert.Equal(ScheduleStatus.Satisfied, items[0].Status);
        Assert.Equal(ScheduleStatus.Overdue, items[1].Status);
        Assert.Equal("filing-information-changed@2025-06-02", items[1].PeriodKey);
    }

    [Fact]
    public void A_security_assessment_is_due_the_day_before_launch_and_before_each_added_function()
    {
        var profile = Profile(launchedOn: D("2025-09-26")) with
        {
            Events = [new ServiceEvent { Type = ServiceEventType.FunctionAdded, Date = D("2026-03-02"), Feature = "live-streaming" }],
            Assessments = [new AssessmentRecord { CompletedOn = D("2025-09-20"), Trigger = ServiceEventType.Launched }],
        };

        var items = Items(profile, D("2026-03-05"), "assessment");

        Assert.Collection(
            items,
            launch =>
            {
                Assert.Equal(D("2025-09-25"), launch.DueDate);
                Assert.Equal(ScheduleStatus.Satisfied, launch.Status);
            },
            added =>
            {
                Assert.Equal(D("2026-03-01"), added.DueDate);
                Assert.Equal(ScheduleStatus.Overdue, added.Status);
            });
    }

    [Fact]
    public void A_trigger_without_a_legal_period_is_due_until_done_and_never_overdue()
    {
        var profile = Profile(launchedOn: D("2025-01-06")) with
        {
            Events = [new ServiceEvent { Type = ServiceEventType.RegulatorNotice, Date = D("2025-02-10") }],
            Assessments = [new AssessmentRecord { CompletedOn = D("2025-01-02") }],
        };

        var item = Assert.Single(Items(profile, D("2026-01-01"), "assessment"), i => i.PeriodKey.StartsWith("regulator-notice", StringComparison.Ordinal));

        Assert.Equal(ScheduleStatus.Due, item.Status);
        Assert.Null(item.DueDate);
        Assert.Contains(item.Warnings, w => w.Contains("sets no period", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schedule_is_deterministic()
    {
        var profile = Profile(launchedOn: D("2025-09-26"));

        var first = Scheduler.Build(profile, D("2026-11-28")).Items;
        var second = Scheduler.Build(profile, D("2026-11-28")).Items;

        Assert.Equal(first.Select(i => i.ToString()), second.Select(i => i.ToString()));
    }
}
