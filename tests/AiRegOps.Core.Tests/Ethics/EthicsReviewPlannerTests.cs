using AiRegOps.Core.Calendar;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Ethics;

public sealed class EthicsReviewPlannerTests
{
    [Fact]
    public void A_committee_registers_within_30_days_extended_past_the_spring_festival()
    {
        // Day 30 after 2024-12-31 is 2025-01-30, inside the Spring Festival holiday (01-28..02-04): Art. 203 moves it to 02-05.
        var outcome = EthicsReviewPlanner.Plan(Committee("2024-12-31"), D("2025-01-05"));

        var registration = outcome.Deadlines.Single(d => d.Key == "committee-registration");
        Assert.Equal(EthicsRegime.Final, outcome.Regime);
        Assert.True(registration.IsBinding);
        Assert.Contains("2025-01-30", registration.Note, StringComparison.Ordinal);
        Assert.Equal(D("2025-02-05"), registration.DueDate);
        Assert.Equal(PeriodCalculator.Default.AddCalendarDays(D("2024-12-31"), 30).DueDate, registration.DueDate);
        Assert.Contains("Civil Code Art. 203", registration.Note, StringComparison.Ordinal);
        Assert.Equal(ServiceEventType.EthicsCommitteeEstablished, outcome.Event.Type);
    }

    [Fact]
    public void The_annual_report_is_due_each_31_March()
    {
        var outcome = EthicsReviewPlanner.Plan(Committee("2024-12-31"), D("2025-05-01"));

        // The report on 2024 was due 2025-03-31 and was missed: it stays visible; the next is the report on 2025.
        var reports = outcome.Deadlines.Where(d => d.Key == "annual-report").ToList();
        Assert.Equal((D("2025-03-31"), AiRegOps.Core.Schedule.ScheduleStatus.Overdue), (reports[0].DueDate, reports[0].Status));
        Assert.Equal(D("2026-03-31"), reports[^1].DueDate);
        Assert.True(reports[^1].IsBinding);
        Assert.Contains("the report on 2025", reports[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_2023_12_01_periods_count_from_the_final_measures_as_the_schedule_counts_them()
    {
        var outcome = EthicsReviewPlanner.Plan(Committee("2023-06-01"), D("2023-11-01"));

        Assert.Equal(EthicsRegime.Draft, outcome.Regime);
        var registration = outcome.Deadlines.Single(d => d.Key == "committee-registration");
        Assert.Equal(D("2023-12-31") is var due && PeriodCalculator.Default.AddCalendarDays(D("2023-12-01"), 30).DueDate is var expected ? expected : due, registration.DueDate);
        Assert.Equal(AiRegOps.Core.Schedule.ScheduleStatus.Upcoming, registration.Status);
        Assert.Contains(outcome.Notes, n => n.Contains("count from that date", StringComparison.Ordinal));
        var report = outcome.Deadlines.Single(d => d.Key == "annual-report");
        Assert.Equal(D("2024-03-31"), report.DueDate);
        Assert.True(report.IsBinding);
    }

    [Fact]
    public void A_committee_established_on_the_effective_date_is_bound()
    {
        var outcome = EthicsReviewPlanner.Plan(Committee("2023-12-01"), D("2023-12-01"));

        Assert.Equal(EthicsRegime.Final, outcome.Regime);
        Assert.True(outcome.Binds);
    }

    [Fact]
    public void A_listed_activity_registers_and_gets_follow_ups_with_a_stricter_advisory()
    {
        var outcome = EthicsReviewPlanner.Plan(Activity("2025-03-03", listed: true), D("2025-03-10"));

        Assert.Equal(D("2025-04-02"), outcome.Deadlines.Single(d => d.Key == "activity-registration").DueDate);
        var followUp = outcome.Deadlines.Single(d => d.Key == "follow-up-review");
        Assert.Equal(D("2026-03-03"), followUp.DueDate);
        Assert.True(followUp.IsBinding);
        var advisory = Assert.Single(outcome.Advisories);
        Assert.True(advisory.IsAdvisory);
        Assert.False(advisory.IsBinding);
        // The 2026 AI measures took effect on 2026-03-20: their six months count from then, as advice.
        Assert.Equal(PeriodCalculator.Default.AddMonths(D("2026-03-20"), 6).DueDate, advisory.DueDate);
        Assert.DoesNotContain(outcome.Deadlines, d => d.IsAdvisory);
        Assert.True(outcome.Event.ExpertReviewList);
    }

    [Fact]
    public void An_unlisted_activity_needs_no_registration_and_no_advisory()
    {
        var outcome = EthicsReviewPlanner.Plan(Activity("2025-03-03", listed: false), D("2025-03-10"));

        Assert.DoesNotContain(outcome.Deadlines, d => d.Key == "activity-registration");
        Assert.Empty(outcome.Advisories);
        Assert.Contains(outcome.Deadlines, d => d.Key == "follow-up-review");
    }

    [Fact]
    public void The_next_follow_up_after_the_as_of_date_is_shown()
    {
        var outcome = EthicsReviewPlanner.Plan(Activity("2024-03-04", listed: false), D("2025-06-01"));

        var followUps = outcome.Deadlines.Where(d => d.Key == "follow-up-review").ToList();
        Assert.Equal((D("2025-03-04"), AiRegOps.Core.Schedule.ScheduleStatus.Overdue), (followUps[0].DueDate, followUps[0].Status)); // missed, still shown
        Assert.Equal(D("2026-03-04"), followUps[^1].DueDate);
    }

    [Fact]
    public void A_date_in_the_future_is_bad_input()
    {
        var error = Assert.Throws<ComplianceInputException>(() => EthicsReviewPlanner.Plan(Committee("2026-01-01"), D("2025-06-01")));

        Assert.Equal("-EstablishedOn", error.Input);
    }

    [Theory]
    [InlineData("2025/01/01")]
    [InlineData("01-01-2025")]
    [InlineData("2025-13-01")]
    public void A_date_in_the_wrong_format_names_the_input(string text)
    {
        var error = Assert.Throws<ComplianceInputException>(() => DateInput.Parse(text, "-EstablishedOn"));

        Assert.Equal("-EstablishedOn: expected a date as yyyy-MM-dd (e.g. 2025-12-31), got '" + text + "'.", error.Message);
    }

    private static EthicsRegistration Committee(string date) => new() { Kind = EthicsRegistrationKind.Committee, Name = "AI Ethics Committee", Date = D(date) };

    private static EthicsRegistration Activity(string date, bool listed) => new() { Kind = EthicsRegistrationKind.Activity, Name = "Model X", Date = D(date), OnExpertReviewList = listed };
}
