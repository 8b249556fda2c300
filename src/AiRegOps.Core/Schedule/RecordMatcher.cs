using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Finds the record that satisfies each occurrence of one obligation. Records are consumed in date order, so two
/// filing changes need two change filings, and the second assessment of a kind answers the second trigger.
/// </summary>
internal sealed class RecordMatcher(Obligation obligation, ScheduleContext context)
{
    // Allocated on first use: most obligations never consume a record.
    private HashSet<object>? consumed;

    /// <param name="periodKey">The occurrence.</param>
    /// <param name="trigger">The event that started it, if any.</param>
    /// <param name="includeUnscoped">Whether a completion record without a period covers this occurrence. Recurring
    /// duties pass false: their unscoped records are dated performances, handled by <see cref="PerformedDates"/>.</param>
    public Satisfaction? Match(string periodKey, ServiceEvent? trigger, bool includeUnscoped = true)
    {
        foreach (var record in context.CompletionsOf(obligation.Id))
        {
            if ((includeUnscoped && record.Period is null) || string.Equals(record.Period, periodKey, StringComparison.Ordinal))
            {
                var evidence = record.Evidence is null ? string.Empty : $": {record.Evidence}";
                return new Satisfaction($"completed on {record.CompletedOn:yyyy-MM-dd}{evidence}", record.CompletedOn);
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
                new Satisfaction($"registered (登记) on {registered:yyyy-MM-dd}{(model.OnlineNumber is null ? string.Empty : $", online number {model.OnlineNumber}")}", registered),
            SatisfyingRecord.EthicsCommitteeRegistration when ethics.CommitteeRegisteredOn is { } registered && registered <= context.AsOf =>
                new Satisfaction($"committee registered on {registered:yyyy-MM-dd}", registered),
            SatisfyingRecord.EthicsActivityRegistration when trigger?.Subject is { } name
                && ethics.Activities.FirstOrDefault(a => a.Name == name)?.RegisteredOn is { } activityRegistered && activityRegistered <= context.AsOf =>
                new Satisfaction($"'{name}' registered on {activityRegistered:yyyy-MM-dd}", activityRegistered),
            SatisfyingRecord.EthicsAnnualReport when TryParseYear(periodKey, out var year) && ethics.AnnualReportsSubmitted.Contains(year) =>
                new Satisfaction($"annual report for {year} submitted", null),
            _ => null,
        };
    }

    /// <summary>Dates on which a recurring duty was performed, for rolling intervals.</summary>
    public List<DateOnly> PerformedDates(ServiceEvent anchor)
    {
        var dates = new List<DateOnly>();
        foreach (var record in context.CompletionsOf(obligation.Id))
        {
            if (record.Period is null || record.Period.StartsWith(PeriodKeys.ForEvent(anchor), StringComparison.Ordinal))
            {
                dates.Add(record.CompletedOn);
            }
        }

        if (obligation.SatisfiedBy == SatisfyingRecord.EthicsFollowUpReview && anchor.Subject is { } name)
        {
            foreach (var activity in context.Profile.Ethics.Activities)
            {
                if (activity.Name == name)
                {
                    dates.AddRange(activity.FollowUpReviews.Where(d => d <= context.AsOf));
                }
            }
        }

        dates.Sort();
        return dates;
    }

    private Satisfaction? MatchFiling(FilingKind kind, DateOnly? after)
    {
        foreach (var filing in context.Profile.Filings.Where(f => f.Kind == kind).OrderBy(f => f.FiledOn))
        {
            if (filing.FiledOn <= context.AsOf && (after is null || filing.FiledOn >= after) && (consumed ??= new(ReferenceEqualityComparer.Instance)).Add(filing))
            {
                var number = filing.Number is null ? string.Empty : $" {filing.Number}";
                return new Satisfaction($"{KebabName<FilingKind>.Of(kind)} filing{number} on {filing.FiledOn:yyyy-MM-dd}", filing.FiledOn);
            }
        }

        return null;
    }

    // A tool assessment (DSP Art. 15(2)) is answered by the launch assessment too when the tool came with the launch.
    private Satisfaction? MatchAssessment(ServiceEvent trigger)
    {
        foreach (var assessment in context.Profile.Assessments.Where(a => a.Trigger == trigger.Type).OrderBy(a => a.CompletedOn))
        {
            if (assessment.CompletedOn <= context.AsOf && (consumed ??= new(ReferenceEqualityComparer.Instance)).Add(assessment))
            {
                var report = assessment.Report is null ? string.Empty : $" ({assessment.Report})";
                return new Satisfaction($"security assessment completed on {assessment.CompletedOn:yyyy-MM-dd}{report}", assessment.CompletedOn);
            }
        }

        return null;
    }

    private static bool TryParseYear(string periodKey, out int year)
    {
        year = 0;
        return periodKey.StartsWith("FY", StringComparison.Ordinal) && int.TryParse(periodKey.AsSpan(2), out year);
    }
}
