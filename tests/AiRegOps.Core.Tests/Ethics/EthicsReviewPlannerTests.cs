using AiRegOps.Core.Calendar;
using AiRegOps.Core.Ethics;
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
        Assert.Equal(D("2025-01-30"), registration.Period!.NominalDueDate);
        Assert.Equal(D("2025-02-05"), registration.DueDate);
        Assert.Equal(PeriodCalculator.Default.AddCalendarDays(D("2024-12-31"), 30).DueDate, registration.DueDate);
        Assert.Contains("Civil Code Art. 203", registration.Note, StringComparison.Ordinal);
        Assert.Equal(ServiceEventType.EthicsCommitteeEstablished, outcome.Event.Type);
    }

    [Fact]
    public void The_annual_report_is_due_each_31_March()
    {
        var outcome = EthicsReviewPlanner.Plan(Committee("2024-12-31"), D("2025-05-01"));

        var report = outcome.Deadlines.Single(d => d.Key == "annual-report");
        Assert.Equal(D("2026-03-31"), report.DueDate);
        Assert.True(report.IsBinding);
        Assert.Contains("for 2025", report.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_2023_12_01_the_draft_applies_and_binds_nothing()
    {
        var outcome = EthicsReviewPlanner.Plan(Committee("2023-06-01"), D("2023-11-01"));

        Assert.Equal(EthicsRegime.Draft, outcome.Regime);
        Assert.False(outcome.Deadlines.Single(d => d.Key == "committee-registration").IsBinding);
        Assert.Contains(outcome.Notes, n => n.Contains("binds nothing", StringComparison.Ordinal));
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
        Assert.Equal(D("2025-09-03"), advisory.DueDate);
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

        Assert.Equal(D("2026-03-04"), outcome.Deadlines.Single(d => d.Key == "follow-up-review").DueDate);
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
