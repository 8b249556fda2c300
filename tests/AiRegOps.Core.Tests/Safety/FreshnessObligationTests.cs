using AiRegOps.Core.Assessments;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;
using AiRegOps.Core.Tests.Reports;

namespace AiRegOps.Core.Tests.Safety;

public sealed class FreshnessObligationTests
{
    private const string Keywords = "genai-keyword-library-update";
    private const string TestBanks = "genai-test-bank-update";

    private static ServiceProfile Launched(string on, SchedulePolicy? policy = null, params CompletionRecord[] done) => TestProfiles.Chat() with
    {
        LaunchedOn = TestProfiles.D(on),
        Policy = policy ?? SchedulePolicy.Default,
        Completed = done,
    };

    private static List<ScheduleItem> Items(ServiceProfile profile, string asOf, string obligation) =>
        ComplianceScheduler.Default.Build(profile, TestProfiles.D(asOf)).Items.Where(i => i.ObligationId == obligation).ToList();

    [Fact]
    public void Keyword_update_falls_due_seven_days_after_launch_and_is_overdue_but_outside_the_gate()
    {
        // Launched Monday 2025-12-01 under GB/T 45654 (in force 2025-11-01): first update due Monday 2025-12-08.
        var profile = Launched("2025-12-01");
        var item = Assert.Single(Items(profile, "2025-12-20", Keywords));
        Assert.Equal(TestProfiles.D("2025-12-08"), item.DueDate);
        Assert.Equal(ScheduleStatus.Overdue, item.Status);
        Assert.Equal("launched@2025-12-01#1", item.PeriodKey);
        Assert.True(item.OutsideGate);
        Assert.Contains("GB/T 45654-2025", item.Deadline, StringComparison.Ordinal);

        var gate = ComplianceGate.Evaluate([ComplianceScheduler.Default.Build(profile, TestProfiles.D("2025-12-20"))], Array.Empty<SecurityAssessmentResult>(), [], TestProfiles.D("2025-12-20"));
        Assert.DoesNotContain(gate.Violations, v => v.Obligation == Keywords);
    }

    [Fact]
    public void Opting_in_puts_the_overdue_update_into_the_gate()
    {
        var profile = Launched("2025-12-01", new SchedulePolicy { GateRecommendedStandards = true });
        var asOf = TestProfiles.D("2025-12-20");
        var gate = ComplianceGate.Evaluate([ComplianceScheduler.Default.Build(profile, asOf)], Array.Empty<SecurityAssessmentResult>(), [], asOf);
        Assert.Contains(gate.Violations, v => v.Obligation == Keywords);
    }

    [Fact]
    public void The_next_update_is_dated_from_the_last_recorded_one()
    {
        // Updated 2025-12-15: that occurrence is satisfied and the next falls due 2025-12-22 (Monday).
        var profile = Launched("2025-12-01", null, new CompletionRecord { ObligationId = Keywords, CompletedOn = TestProfiles.D("2025-12-15") });
        var items = Items(profile, "2025-12-20", Keywords);
        Assert.Equal(2, items.Count);
        var done = items.Single(i => i.Status == ScheduleStatus.Satisfied);
        Assert.Equal("launched@2025-12-01#1", done.PeriodKey);
        var next = items.Single(i => i.Status != ScheduleStatus.Satisfied);
        Assert.Equal("launched@2025-12-01#2", next.PeriodKey);
        Assert.Equal(TestProfiles.D("2025-12-22"), next.DueDate);
        Assert.Equal(ScheduleStatus.Due, next.Status);
        Assert.Contains("since the last recorded update on 2025-12-15", next.Deadline, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_gbt_45654_takes_effect_the_cadence_comes_from_tc260_003()
    {
        var item = Assert.Single(Items(Launched("2025-06-02"), "2025-06-20", TestBanks));
        Assert.Contains("TC260-003 §8.2", item.Deadline, StringComparison.Ordinal);
        Assert.Equal(TestProfiles.D("2025-07-02"), item.DueDate);
    }
}
