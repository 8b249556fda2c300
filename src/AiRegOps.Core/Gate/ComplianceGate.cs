using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Gate;

/// <summary>
/// The CI gate: fails when any obligation is overdue or any assessment has a gap, unless a valid waiver covers it.
/// Pure: the caller builds the schedules and assessments as of the date it wants (-AsOf).
/// </summary>
public static class ComplianceGate
{
    public static GateResult Evaluate(
        IEnumerable<ServiceSchedule> schedules,
        IEnumerable<SecurityAssessmentResult> assessments,
        IEnumerable<Waiver> waivers,
        DateOnly asOf) => Evaluate(schedules, assessments, waivers, asOf, []);

    /// <summary>As above, with violations found by content checks (e.g. noncompliant AIGC labels), waived the same way.</summary>
    public static GateResult Evaluate(
        IEnumerable<ServiceSchedule> schedules,
        IEnumerable<SecurityAssessmentResult> assessments,
        IEnumerable<Waiver> waivers,
        DateOnly asOf,
        IEnumerable<GateViolation> contentViolations)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(waivers);
        ArgumentNullException.ThrowIfNull(contentViolations);
        var scheduleList = schedules.ToList();
        var assessmentList = assessments.ToList();
        var candidates = scheduleList.SelectMany(Overdue).Concat(assessmentList.SelectMany(Gaps)).Concat(contentViolations).ToList();
        var waiverList = waivers.ToList();
        var valid = waiverList.Where(w => !w.IsExpiredOn(asOf)).ToList();
        var used = new HashSet<Waiver>(ReferenceEqualityComparer.Instance);
        var violations = new List<GateViolation>();
        var waived = new List<WaivedViolation>();
        foreach (var violation in candidates)
        {
            var waiver = valid.FirstOrDefault(w => w.Matches(violation));
            if (waiver is null)
            {
                violations.Add(violation);
                continue;
            }

            used.Add(waiver);
            waived.Add(new WaivedViolation(violation, waiver));
        }

        return new GateResult
        {
            AsOf = asOf,
            Services = scheduleList.Select(s => s.Service.Name).Concat(assessmentList.Select(a => a.Service)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Violations = violations,
            Waived = waived,
            ExpiredWaivers = waiverList.Where(w => w.IsExpiredOn(asOf)).ToList(),
            UnusedWaivers = valid.Where(w => !used.Contains(w)).ToList(),
        };
    }

    // Advisory items never become overdue in the scheduler; the check keeps the gate safe if one ever did. Missed
    // policy targets (the organisation's own dates, not the law's) fail the gate only when the profile opts in.
    private static IEnumerable<GateViolation> Overdue(ServiceSchedule schedule) =>
        schedule.Items
            .Where(i => !i.IsAdvisory && !i.OutsideGate && (i.Status == ScheduleStatus.Overdue || (i.Status == ScheduleStatus.PastPolicyTarget && schedule.PolicyTargetsGated)))
            .Select(i => new GateViolation
            {
                Service = i.Service,
                Obligation = i.ObligationId,
                Period = i.PeriodKey,
                Kind = GateViolationKind.Overdue,
                DueDate = i.DueDate,
                Message = i.Status == ScheduleStatus.PastPolicyTarget
                    ? $"{i.Title}: past your policy target of {Iso.Date(i.DueDate)} ({i.Deadline})"
                    : $"{i.Title}: overdue since {Iso.Date(i.DueDate)} ({i.Deadline})",
                Citations = i.Citations,
            });

    private static IEnumerable<GateViolation> Gaps(SecurityAssessmentResult result) =>
        result.Findings
            .Where(f => f.HasGap)
            .Select(f => new GateViolation
            {
                Service = result.Service,
                Obligation = f.Item.RuleId,
                Kind = GateViolationKind.AssessmentGap,
                Message = $"{f.Item.TitleEn}: {string.Join(" ", f.Gaps.Select(g => g.Problem))}",
                Citations = f.Item.Citations.Select(ConfidenceMarks.Cite).ToList(),
            });
}
