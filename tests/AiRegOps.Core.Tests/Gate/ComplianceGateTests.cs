using AiRegOps.Core.Assessments;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;
using AiRegOps.Core.Tests.Schedule;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Gate;

public sealed class ComplianceGateTests
{
    private static readonly DateOnly AsOf = D("2025-10-20");

    // The filing was due 2025-10-16 (10 working days after 2025-09-26): overdue on 2025-10-20.
    private static ServiceProfile Launched() =>
        SchedulerFixture.Profile(launchedOn: D("2025-09-26")) with { Assessments = [new AssessmentRecord { CompletedOn = D("2025-09-20") }] };

    private static ServiceSchedule OverdueSchedule() => SchedulerFixture.Scheduler.Build(Launched(), AsOf);

    private static SecurityAssessmentResult GapAssessment() =>
        SecurityAssessor.Assess(Chat(FullControls with { LogRetentionMonths = 5 }) with { Name = "svc" }, AsOf);

    private static Waiver WaiverFor(string service, string obligation, string expires, string? period = null) =>
        new() { Service = service, Obligation = obligation, Period = period, Reason = "accepted risk", Expires = D(expires) };

    [Fact]
    public void Nothing_overdue_and_no_gaps_passes_with_exit_code_0()
    {
        var schedule = SchedulerFixture.Scheduler.Build(Launched(), D("2025-10-01"));

        var result = ComplianceGate.Evaluate([schedule], [SecurityAssessor.Assess(Chat(), D("2025-10-01"))], [], D("2025-10-01"));

        Assert.True(result.Passed, string.Join("; ", result.Violations));
        Assert.Equal(GateExitCode.Passed, result.ExitCode);
    }

    [Fact]
    public void An_overdue_obligation_and_an_assessment_gap_fail_with_exit_code_1()
    {
        var result = ComplianceGate.Evaluate([OverdueSchedule()], [GapAssessment()], [], AsOf);

        Assert.Equal(GateExitCode.Failed, result.ExitCode);
        Assert.Contains(result.Violations, v => v.Kind == GateViolationKind.Overdue && v.Obligation == "filing" && v.Period == "launched@2025-09-26" && v.DueDate == D("2025-10-16"));
        Assert.Contains(result.Violations, v => v.Kind == GateViolationKind.AssessmentGap && v.Obligation == "sa2018.log-records");
    }

    [Fact]
    public void Valid_waivers_let_violations_pass()
    {
        var waivers = new[] { WaiverFor("svc", "filing", "2025-10-31", "launched@2025-09-26"), WaiverFor("SVC", "sa2018.log-records", "2025-10-20") };

        var result = ComplianceGate.Evaluate([OverdueSchedule()], [GapAssessment()], waivers, AsOf);

        Assert.True(result.Passed, string.Join("; ", result.Violations));
        Assert.Equal(2, result.Waived.Count);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_expired_waiver_counts_as_no_waiver_and_is_warned()
    {
        var result = ComplianceGate.Evaluate([OverdueSchedule()], [], [WaiverFor("svc", "filing", "2025-10-19")], AsOf);

        Assert.False(result.Passed);
        Assert.Single(result.ExpiredWaivers);
        Assert.Contains(result.Warnings, w => w.StartsWith("Waiver expired on 2025-10-19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_waiver_for_another_service_or_period_does_not_match_and_is_reported_unused()
    {
        var waivers = new[] { WaiverFor("other-service", "filing", "2025-12-31"), WaiverFor("svc", "filing", "2025-12-31", "launched@2025-01-01") };

        var result = ComplianceGate.Evaluate([OverdueSchedule()], [], waivers, AsOf);

        Assert.Equal(GateExitCode.Failed, result.ExitCode);
        Assert.Equal(2, result.UnusedWaivers.Count);
        Assert.Contains(result.Warnings, w => w.Contains("other-service/filing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_job_summary_is_appended_as_markdown()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "previous step\n");
        try
        {
            var result = ComplianceGate.Evaluate([OverdueSchedule()], [GapAssessment()], [WaiverFor("svc", "sa2018.log-records", "2025-12-31")], AsOf);

            GitHubJobSummary.Append(result, path);

            var text = File.ReadAllText(path);
            Assert.StartsWith("previous step\n## AiRegOps compliance gate: ❌ failed", text, StringComparison.Ordinal);
            Assert.Contains("| svc | filing | launched@2025-09-26 | overdue | 2025-10-16 |", text, StringComparison.Ordinal);
            Assert.Contains("### Waived", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
