using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Finds the record that satisfies each occurrence of one obligation. Records are consumed in date order, so two
/// filing changes need two change filings, and the second assessment of a kind answers the second trigger. The set
/// of consumed records belongs to the service's context and is emptied when the scheduler moves to the next obligation.
/// </summary>
internal readonly struct RecordMatcher(Obligation obligation, ScheduleContext context)
{
    /// <param name="periodKey">The occurrence.</param>
    /// <param name="trigger">The event that started it, if any.</param>
    /// <param name="includeUnscoped">Whether a completion record without a period covers this occurrence. Recurring
    /// duties pass false: their unscoped records are dated performances, handled by <see cref="PerformedDates"/>.</param>
    public Satisfaction? Match(PeriodKey periodKey, ServiceEvent? trigger, bool includeUnscoped = true)
    {
        var completions = context.CompletionsOf(obligation.Id);
        for (var i = 0; i < completions.Length; i++)
        {
            var record = completions[i];
            if ((includeUnscoped && record.Period is null) || (record.Period is not null && periodKey.Is(record.Period)))
            {
                return new Satisfaction(SatisfactionKind.Completion, record, record.CompletedOn);
            }
        }

        var ethics = context.Profile.Ethics;
        return obligation.SatisfiedBy switch
        {
            SatisfyingRecord.FilingNew => MatchFiling(FilingKind.New, after: null),
            SatisfyingRecord.FilingChange => MatchFiling(FilingKind.Change, trigger?.Date),
            SatisfyingRecord.FilingCancel => MatchFiling(FilingKind.Cancel, trigger?.Date),
            SatisfyingRecord.SecurityAssessment when trigger is not null => MatchAssessment(trigger),
            SatisfyingRecord.ModelRegistration when context.Profile.GenerativeAiModel is { RegisteredOn: { } registered } model && registered <= context.AsOf =>
                new Satisfaction(SatisfactionKind.ModelRegistration, model, registered),
            SatisfyingRecord.EthicsCommitteeRegistration when ethics.CommitteeRegisteredOn is { } registered && registered <= context.AsOf =>
                new Satisfaction(SatisfactionKind.CommitteeRegistration, null, registered),
            SatisfyingRecord.EthicsActivityRegistration when trigger?.Subject is { } name
                && ethics.Activities.FirstOrDefault(a => a.Name == name)?.RegisteredOn is { } activityRegistered && activityRegistered <= context.AsOf =>
                new Satisfaction(SatisfactionKind.ActivityRegistration, name, activityRegistered),
            SatisfyingRecord.EthicsAnnualReport when periodKey.Year is { } year && ethics.AnnualReportsSubmitted.Contains(year) =>
                new Satisfaction(SatisfactionKind.AnnualReport, null, null, year),
            _ => null,
        };
    }

    /// <summary>Dates on which a recurring duty was performed, for rolling intervals, in order. A reused list: valid until the next call.</summary>
    public List<DateOnly> PerformedDates(ServiceEvent anchor)
    {
        var dates = context.ScratchDates();
        var completions = context.CompletionsOf(obligation.Id);
        for (var i = 0; i < completions.Length; i++)
        {
            var record = completions[i];
            if (record.Period is null || PeriodKeys.StartsWithEvent(record.Period, anchor))
            {
                dates.Add(record.CompletedOn);
            }
        }

        if (obligation.SatisfiedBy == SatisfyingRecord.EthicsFollowUpReview && anchor.Subject is { } name)
        {
            foreach (var activity in context.Profile.Ethics.Activities)
            {
                if (activity.Name != name)
                {
                    continue;
                }

                foreach (var review in activity.FollowUpReviews)
                {
                    if (review <= context.AsOf)
                    {
                        dates.Add(review);
                    }
                }
            }
        }

        dates.Sort();
        return dates;
    }

    // The earliest filing of the kind not yet consumed (in list order among equal dates).
    private Satisfaction? MatchFiling(FilingKind kind, DateOnly? after)
    {
        var filings = context.Profile.Filings;
        var consumed = context.Consumed();
        FilingRecord? best = null;
        for (var i = 0; i < filings.Count; i++)
        {
            var filing = filings[i];
            if (filing.Kind == kind && filing.FiledOn <= context.AsOf && (after is null || filing.FiledOn >= after)
                && (best is null || filing.FiledOn < best.FiledOn) && !IsConsumed(consumed, filing))
            {
                best = filing;
            }
        }

        return best is null ? null : Consume(consumed, best, new Satisfaction(SatisfactionKind.Filing, best, best.FiledOn));
    }

    // A tool assessment (DSP Art. 15(2)) is answered by the launch assessment too when the tool came with the launch.
    private Satisfaction? MatchAssessment(ServiceEvent trigger)
    {
        var assessments = context.Profile.Assessments;
        var consumed = context.Consumed();
        AssessmentRecord? best = null;
        for (var i = 0; i < assessments.Count; i++)
        {
            var assessment = assessments[i];
            if (assessment.Trigger == trigger.Type && assessment.CompletedOn <= context.AsOf
                && (best is null || assessment.CompletedOn < best.CompletedOn) && !IsConsumed(consumed, assessment))
            {
                best = assessment;
            }
        }

        return best is null ? null : Consume(consumed, best, new Satisfaction(SatisfactionKind.Assessment, best, best.CompletedOn));
    }

    // Records are records: two identical filings are still two filings, so consumption is by reference.
    private static bool IsConsumed(List<object> consumed, object record)
    {
        foreach (var taken in consumed)
        {
            if (ReferenceEquals(taken, record))
            {
                return true;
            }
        }

        return false;
    }

    private static Satisfaction Consume(List<object> consumed, object record, Satisfaction satisfaction)
    {
        consumed.Add(record);
        return satisfaction;
    }
}
