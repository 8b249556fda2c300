using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Workspace;

/// <summary>
/// Keeps the assessment and the schedule of one service in agreement: a trigger the schedule counts as met (by an
/// assessment record in the profile or by evidence in the ledger) is answered in the assessment too, by the same thing.
/// </summary>
internal static class AssessmentAnswers
{
    public static SecurityAssessmentResult FromSchedule(SecurityAssessmentResult assessment, ServiceSchedule schedule, ObligationCatalogue catalogue)
    {
        var satisfied = new Dictionary<DateOnly, string>();
        foreach (var item in schedule.Items)
        {
            if (item.Status == ScheduleStatus.Satisfied && item.TriggeredOn is { } on && item.SatisfiedBy is { } by
                && catalogue.TryGetObligation(item.ObligationId, out var obligation) && obligation.SatisfiedBy == SatisfyingRecord.SecurityAssessment)
            {
                satisfied.TryAdd(on, by);
            }
        }

        if (satisfied.Count == 0 || assessment.Triggers.All(t => t.IsAnswered))
        {
            return assessment;
        }

        var triggers = assessment.Triggers
            .Select(t => !t.IsAnswered && t.Date is { } date && satisfied.TryGetValue(date, out var by) ? t with { AnsweredBy = by } : t)
            .ToList();
        return assessment with { Triggers = triggers };
    }
}
