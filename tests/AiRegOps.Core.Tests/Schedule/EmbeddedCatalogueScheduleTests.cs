using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Schedule;

/// <summary>The scheduler over the shipped catalogue: one occurrence per duty, whatever number of instruments impose it.</summary>
public sealed class EmbeddedCatalogueScheduleTests
{
    private static DateOnly D(string iso) => SchedulerFixture.D(iso);

    private static ServiceProfile GenAiChat() => new()
    {
        Name = "chat",
        Provider = new Provider { Name = "Example Co.", Roles = [ObligorRole.ServiceProvider, ObligorRole.ResearchUnit] },
        PublicInPrc = true,
        Technologies = new ServiceTechnologies { GenerativeAi = true, DeepSynthesis = [DeepSynthesisUseCase.Text] },
        Features = ["ai-chat", "comments", "live-streaming"],
        Audiences = [Audience.Minors, Audience.Consumers],
        LaunchedOn = D("2025-09-26"),
        Events = [new ServiceEvent { Type = ServiceEventType.FilingInformationChanged, Date = D("2026-02-02") }],
        Ethics = new EthicsRecords
        {
            CommitteeEstablishedOn = D("2024-12-31"),
            Activities = [new EthicsActivity { Name = "Model v2", ApprovedOn = D("2025-03-03"), OnExpertReviewList = true }],
        },
    };

    [Fact]
    public void A_filing_imposed_by_three_instruments_is_owed_once()
    {
        var schedule = ComplianceScheduler.Default.Build(GenAiChat(), D("2025-10-01"));

        var filing = Assert.Single(schedule.Items, i => i.ObligationId == "arr-algorithm-filing");
        Assert.Equal(D("2025-10-16"), filing.DueDate);
        Assert.Equal(ScheduleStatus.Due, filing.Status);
        Assert.Contains("ARR Art. 24(1)", filing.Deadline, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_occurrence_has_a_unique_key()
    {
        foreach (var asOf in new[] { D("2023-01-01"), D("2025-10-01"), D("2026-11-28"), D("2030-06-30") })
        {
            var items = ComplianceScheduler.Default.Build(GenAiChat(), asOf).Items;

            var duplicates = items.GroupBy(i => (i.ObligationId, i.PeriodKey)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{asOf}: duplicate keys {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Log_retention_follows_the_Cybersecurity_Law_in_force_on_the_date()
    {
        var before = Assert.Single(ComplianceScheduler.Default.Build(GenAiChat(), D("2025-12-01")).Items, i => i.ObligationId == "network-log-retention");
        var after = Assert.Single(ComplianceScheduler.Default.Build(GenAiChat(), D("2026-02-01")).Items, i => i.ObligationId == "network-log-retention");

        Assert.Equal(ScheduleStatus.Due, before.Status);
        Assert.Equal(ScheduleStatus.Due, after.Status);
        Assert.Contains(before.Reasons, r => r.Contains("CSL in force", StringComparison.Ordinal));
        Assert.Contains(after.Reasons, r => r.Contains("CSL-2025 in force", StringComparison.Ordinal));
    }

    [Fact]
    public void Follow_up_review_binds_at_twelve_months_and_shows_the_six_month_interval_as_advice()
    {
        var items = ComplianceScheduler.Default.Build(GenAiChat(), D("2026-11-28")).Items
            .Where(i => i.ObligationId == "ethics-follow-up-review").ToList();

        var binding = items.Where(i => !i.IsAdvisory).ToList();
        var advice = items.Where(i => i.IsAdvisory).ToList();
        Assert.Equal(D("2026-03-03"), binding[0].DueDate);
        Assert.Equal(ScheduleStatus.Overdue, binding[0].Status);
        // Advice looks forward: the 2026 AI measures took effect on 2026-03-20, so their six months count from then
        // (2026-09-20 has passed); only the occurrence now running is listed, and advice is never overdue.
        var next = Assert.Single(advice);
        Assert.Equal(PeriodCalculator.Default.AddMonths(D("2026-09-20"), 6).DueDate, next.DueDate);
        Assert.Equal(ScheduleStatus.Upcoming, next.Status);
        Assert.EndsWith("#2/advisory", next.PeriodKey, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_activity_must_be_registered_within_30_days_of_approval()
    {
        var item = Assert.Single(ComplianceScheduler.Default.Build(GenAiChat(), D("2025-03-10")).Items,
            i => i.ObligationId == "ethics-listed-activity-registration");

        Assert.Equal(D("2025-04-02"), item.DueDate);
        Assert.Equal("ethics-approval-obtained@2025-03-03/Model v2", item.PeriodKey);
    }

    [Fact]
    public void An_activity_not_on_the_list_needs_no_registration()
    {
        var profile = GenAiChat() with
        {
            Ethics = new EthicsRecords { Activities = [new EthicsActivity { Name = "Small study", ApprovedOn = D("2025-03-03") }] },
        };

        var items = ComplianceScheduler.Default.Build(profile, D("2025-03-10")).Items
            .Where(i => i.ObligationId == "ethics-listed-activity-registration").ToList();

        Assert.All(items, i => Assert.Equal(ScheduleStatus.NotApplicable, i.Status));
    }

    [Fact]
    public void Labelling_duties_are_upcoming_before_the_measures_take_effect()
    {
        var items = ComplianceScheduler.Default.Build(GenAiChat(), D("2025-08-01")).Items
            .Where(i => i.ObligationId.StartsWith("label-", StringComparison.Ordinal) && i.Status != ScheduleStatus.NotApplicable)
            .ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(ScheduleStatus.Upcoming, i.Status));
        Assert.All(items, i => Assert.Equal(D("2025-09-01"), i.DueDate));
    }

    [Fact]
    public void The_catalogue_and_calendar_are_loaded_once_per_process()
    {
        Assert.Same(ObligationCatalogue.Default, ObligationCatalogue.Default);
        Assert.Same(AiRegOps.Core.Calendar.ChinaWorkingDayCalendar.Default, AiRegOps.Core.Calendar.ChinaWorkingDayCalendar.Default);
        Assert.Same(ComplianceScheduler.Default.Catalogue, ObligationCatalogue.Default);
    }
}
