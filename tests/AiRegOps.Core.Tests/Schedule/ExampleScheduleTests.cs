using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Schedule;

/// <summary>The bundled examples' schedules, worked out by hand from their profiles and the calendar.</summary>
public sealed class ExampleScheduleTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);

    private static ServiceSchedule ScheduleOf(string folder)
    {
        var profile = Assert.Single(ServiceProfileReader.ReadPath(Path.Combine(AppContext.BaseDirectory, "examples", folder)));
        return ComplianceScheduler.Default.Build(profile, AsOf);
    }

    private static ScheduleItem Item(ServiceSchedule schedule, string obligation, string period) =>
        Assert.Single(schedule.Items, i => i.ObligationId == obligation && i.PeriodKey == period);

    [Fact]
    public void Chat_service_filed_assessed_and_registered_on_time()
    {
        var schedule = ScheduleOf("genai-chat");

        Assert.True(schedule.PublicOpinion.HasPublicOpinionAttributes);
        Assert.Empty(schedule.Warnings);
        // Launched Friday 2025-09-26: 10 working days end 2025-10-16; filed 2025-10-15.
        var filing = Item(schedule, "arr-algorithm-filing", "launched@2025-09-26");
        Assert.Equal((ScheduleStatus.Satisfied, new DateOnly(2025, 10, 16)), (filing.Status, filing.DueDate!.Value));
        // Changed Monday 2026-03-09: 10 working days end 2026-03-23; the change was filed 2026-03-20.
        var change = Item(schedule, "arr-filing-change", "filing-information-changed@2026-03-09");
        Assert.Equal((ScheduleStatus.Satisfied, new DateOnly(2026, 3, 23)), (change.Status, change.DueDate!.Value));
        Assert.Equal(ScheduleStatus.Satisfied, Item(schedule, "sa-security-assessment", "launched@2025-09-26").Status);
        Assert.Equal(ScheduleStatus.Satisfied, Item(schedule, "sa-security-assessment", "function-added@2026-03-02").Status);
        Assert.Equal(ScheduleStatus.Satisfied, Item(schedule, "ethics-committee-registration", "ethics-committee-established@2024-12-31").Status);
    }

    [Fact]
    public void Chat_service_has_what_is_still_open()
    {
        var schedule = ScheduleOf("genai-chat");

        // User growth is an SA2018 Art. 3(3) trigger; the 30 working days come from a recalled reading of Art. 7 [INF].
        var growth = Item(schedule, "sa-security-assessment", "significant-user-growth@2026-01-12");
        Assert.Equal(ScheduleStatus.Overdue, growth.Status);
        Assert.NotNull(growth.DueDate);
        Assert.Equal(Confidence.Unverified, growth.Confidence);
        // The 2025 ethics report was due 2026-03-31 and only 2024's was submitted.
        Assert.Equal(ScheduleStatus.Overdue, Item(schedule, "ethics-annual-report", "FY2025").Status);
        // The algorithm review of the first year was done on 2026-09-01, before its due date.
        Assert.Equal(ScheduleStatus.Satisfied, Item(schedule, "arr-periodic-algorithm-review", "launched@2025-09-26#1").Status);
        // The follow-up review of 2025-09-01 starts a 12-month interval ending 2026-09-01 (a Tuesday): overdue now.
        var followUp = schedule.Items.Where(i => i.ObligationId == "ethics-follow-up-review" && !i.IsAdvisory).ToList();
        Assert.Equal(ScheduleStatus.Satisfied, followUp[0].Status);
        Assert.Equal((ScheduleStatus.Overdue, new DateOnly(2026, 9, 1)), (followUp[1].Status, followUp[1].DueDate!.Value));
    }

    [Fact]
    public void Dispatch_algorithm_has_no_public_opinion_channel_so_no_filing_but_worker_duties()
    {
        var schedule = ScheduleOf("ride-hailing-dispatch");

        Assert.False(schedule.PublicOpinion.HasPublicOpinionAttributes);
        Assert.Equal(ScheduleStatus.NotApplicable, Assert.Single(schedule.Items, i => i.ObligationId == "arr-algorithm-filing").Status);
        Assert.Equal(ScheduleStatus.Due, Assert.Single(schedule.Items, i => i.ObligationId == "arr-worker-scheduling-protection").Status);
        Assert.Equal(ScheduleStatus.Satisfied, Item(schedule, "arr-periodic-algorithm-review", "launched@2024-04-08#1").Status);
        Assert.Empty(schedule.Warnings);
    }

    [Fact]
    public void Face_swap_api_owes_the_biometric_duties_of_a_technical_supporter()
    {
        var schedule = ScheduleOf("faceswap-api");

        Assert.Contains(schedule.Items, i => i.ObligationId == "dsp-biometric-editing-consent" && i.Status == ScheduleStatus.Due);
        var toolAssessment = Item(schedule, "dsp-synthesis-tool-security-assessment", "synthesis-tool-offered@2025-11-03");
        Assert.Equal(new DateOnly(2025, 11, 2), toolAssessment.DueDate);
        // Not offered to the PRC public: GAIM's duties do not apply (GAIM Art. 2).
        Assert.Equal(ScheduleStatus.NotApplicable, Assert.Single(schedule.Items, i => i.ObligationId == "gaim-service-agreement").Status);
    }

    [Fact]
    public void A_completion_record_for_an_unknown_period_or_obligation_is_reported()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadPath(Path.Combine(AppContext.BaseDirectory, "examples", "ride-hailing-dispatch")));
        profile = profile with
        {
            Completed =
            [
                new CompletionRecord { ObligationId = "arr-periodic-algorithm-review", Period = "2025-04-08", CompletedOn = new DateOnly(2025, 3, 28) },
                new CompletionRecord { ObligationId = "arr-periodic-algorithm-reveiw", CompletedOn = new DateOnly(2025, 3, 28) },
            ],
        };

        var warnings = ComplianceScheduler.Default.Build(profile, AsOf).Warnings;

        Assert.Equal(2, warnings.Count);
        Assert.Contains("period '2025-04-08' matches no occurrence; its periods are: launched@2024-04-08#1", warnings[0], StringComparison.Ordinal);
        Assert.Contains("unknown obligation 'arr-periodic-algorithm-reveiw'. Did you mean 'arr-periodic-algorithm-review'?", warnings[1], StringComparison.Ordinal);
    }
}
