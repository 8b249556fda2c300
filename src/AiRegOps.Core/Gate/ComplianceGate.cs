using AiRegOps.Core.Assessments;
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
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(waivers);
        var scheduleList = schedules.ToList();
        var assessmentList = assessments.ToList();
        var candidates = scheduleList.SelectMany(Overdue).Concat(assessmentList.SelectMany(Gaps)).ToList();
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

    // Advisory items never become overdue in the scheduler; the check keeps the gate safe if one ever did.
    private static IEnumerable<GateViolation> Overdue(ServiceSchedule schedule) =>
        schedule.Items
            .Where(i => i.Status == ScheduleStatus.Overdue && !i.IsAdvisory && !i.OutsideGate)
            .Select(i => new GateViolation
            {
                Service = i.Service,
                Obligation = i.ObligationId,
                Period = i.PeriodKey,
                Kind = GateViolationKind.Overdue,
                DueDate = i.DueDate,
                Message = $"{i.Title}: overdue since {Iso.Date(i.DueDate)} ({i.Deadline})",
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
