using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;
using static AiRegOps.Core.Tests.Schedule.SchedulerFixture;

namespace AiRegOps.Core.Tests.Schedule;

public sealed class BindingAndRecurrenceTests
{
    [Fact]
    public void A_rule_not_yet_in_force_is_upcoming_from_its_effective_date()
    {
        var before = Single(Profile(launchedOn: D("2025-01-06")), D("2025-08-31"), "label");
        var after = Single(Profile(launchedOn: D("2025-01-06")), D("2025-09-01"), "label");

        Assert.Equal(ScheduleStatus.Upcoming, before.Status);
        Assert.Equal(D("2025-09-01"), before.DueDate);
        Assert.Contains(before.Reasons, r => r.Contains("LABEL takes effect on 2025-09-01", StringComparison.Ordinal));
        Assert.Equal(ScheduleStatus.Due, after.Status);
        Assert.Null(after.DueDate);
    }

    [Fact]
    public void A_duty_only_a_draft_imposed_never_applies()
    {
        var item = Single(Profile(roles: [ObligorRole.ResearchUnit]), D("2026-01-01"), "draft-only");

        Assert.Equal(ScheduleStatus.NotApplicable, item.Status);
        Assert.Contains(item.Reasons, r => r.StartsWith("never binding", StringComparison.Ordinal));
    }

    [Fact]
    public void Committee_registration_follows_the_final_rule_only_with_the_Article_203_extension()
    {
        // 30 days after 2024-12-31 is 2025-01-30, inside the Spring Festival holiday; the next working day is 2025-02-05.
        var profile = Profile(roles: [ObligorRole.ResearchUnit]) with { Ethics = new EthicsRecords { CommitteeEstablishedOn = D("2024-12-31") } };

        var item = Single(profile, D("2025-01-15"), "committee-registration");

        Assert.Equal(D("2025-02-05"), item.DueDate);
        Assert.Equal(ScheduleStatus.Due, item.Status);
        Assert.Contains("Civil Code Art. 203", item.Deadline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_established_before_the_final_measures_counts_from_their_effective_date()
    {
        // Counting 30 days from 2023-12-01 ends on Sunday 2023-12-31; 2024-01-01 is New Year's Day, so 2024-01-02.
        var profile = Profile(roles: [ObligorRole.ResearchUnit]) with { Ethics = new EthicsRecords { CommitteeEstablishedOn = D("2023-05-01") } };

        var upcoming = Single(profile, D("2023-06-01"), "committee-registration");
        var due = Single(profile, D("2023-12-20"), "committee-registration");

        Assert.Equal(ScheduleStatus.Upcoming, upcoming.Status);
        Assert.Equal(D("2024-01-02"), due.DueDate);
        Assert.Equal(ScheduleStatus.Due, due.Status);
        Assert.Contains(due.Warnings, w => w.Contains("counted from 2023-12-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Annual_reports_run_from_the_year_the_committee_was_established()
    {
        var profile = Profile(roles: [ObligorRole.ResearchUnit]) with
        {
            Ethics = new EthicsRecords { CommitteeEstablishedOn = D("2024-12-31"), AnnualReportsSubmitted = [2024] },
        };

        var items = Items(profile, D("2026-04-15"), "annual-report");

        Assert.Equal(["FY2024", "FY2025", "FY2026"], items.Select(i => i.PeriodKey));
        Assert.Equal([D("2025-03-31"), D("2026-03-31"), D("2027-03-31")], items.Select(i => i.DueDate!.Value));
        Assert.Equal([ScheduleStatus.Satisfied, ScheduleStatus.Overdue, ScheduleStatus.Upcoming], items.Select(i => i.Status));
    }

    [Fact]
    public void Periodic_review_keeps_a_fixed_policy_cadence_from_launch_and_is_never_overdue()
    {
        var profile = Profile(launchedOn: D("2024-01-15")) with
        {
            Completed = [new CompletionRecord { ObligationId = "review", CompletedOn = D("2024-12-02") }],
        };

        var items = Items(profile, D("2026-03-01"), "review");

        Assert.Equal(["launched@2024-01-15#1", "launched@2024-01-15#2", "launched@2024-01-15#3"], items.Select(i => i.PeriodKey));
        Assert.Equal(ScheduleStatus.Satisfied, items[0].Status);
        // A policy cadence: every 12 months from launch, an early review does not move it, no Art. 203 extension.
        Assert.Equal(D("2025-01-15"), items[0].DueDate);
        Assert.Equal(D("2026-01-15"), items[1].DueDate);
        Assert.Equal(ScheduleStatus.PastPolicyTarget, items[1].Status);
        Assert.Equal(ScheduleStatus.Upcoming, items[2].Status);
        Assert.All(items, i => Assert.True(i.IsPolicy));
        Assert.Contains(items[1].Warnings, w => w.Contains("not a legal deadline", StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_interval_is_a_profile_policy()
    {
        var profile = Profile(launchedOn: D("2025-01-15")) with { Policy = new SchedulePolicy { AlgorithmReviewIntervalMonths = 6 } };

        var first = Items(profile, D("2025-02-01"), "review")[0];

        Assert.Equal(D("2025-07-15"), first.DueDate);
    }

    [Fact]
    public void Continuing_duties_stop_when_the_service_is_terminated()
    {
        var profile = Profile(launchedOn: D("2025-01-06")) with
        {
            Events = [new ServiceEvent { Type = ServiceEventType.ServiceTerminated, Date = D("2026-01-05") }],
        };

        var running = Single(profile, D("2025-12-01"), "label");
        var stopped = Single(profile, D("2026-02-01"), "label");

        Assert.Equal(ScheduleStatus.Due, running.Status);
        Assert.Equal(ScheduleStatus.NotApplicable, stopped.Status);
    }
}
