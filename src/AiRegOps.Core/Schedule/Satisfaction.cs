using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// What satisfied an occurrence, and on which date: the record itself, so the "done by" sentence is written only for
/// the items someone reads.
/// </summary>
/// <param name="Kind">Which sentence describes it.</param>
/// <param name="Source">The record (a completion, filing, assessment, model or ethics activity), if the sentence needs one.</param>
/// <param name="On">The date it was done, if known.</param>
/// <param name="Year">The year an annual report covers.</param>
internal readonly record struct Satisfaction(SatisfactionKind Kind, object? Source, DateOnly? On, int Year = 0)
{
    public string Render() => Kind switch
    {
        SatisfactionKind.Completion when Source is CompletionRecord record =>
            record.Evidence is null ? $"completed on {record.CompletedOn:yyyy-MM-dd}" : $"completed on {record.CompletedOn:yyyy-MM-dd}: {record.Evidence}",
        SatisfactionKind.Filing when Source is FilingRecord filing =>
            $"{KebabName<FilingKind>.Of(filing.Kind)} filing{(filing.Number is null ? string.Empty : " " + filing.Number)} on {filing.FiledOn:yyyy-MM-dd}",
        SatisfactionKind.Assessment when Source is AssessmentRecord assessment =>
            $"security assessment completed on {assessment.CompletedOn:yyyy-MM-dd}{(assessment.Report is null ? string.Empty : $" ({assessment.Report})")}",
        SatisfactionKind.ModelRegistration when Source is GenerativeAiModel model =>
            $"registered (登记) on {On:yyyy-MM-dd}{(model.OnlineNumber is null ? string.Empty : $", online number {model.OnlineNumber}")}",
        SatisfactionKind.CommitteeRegistration => $"committee registered on {On:yyyy-MM-dd}",
        SatisfactionKind.ActivityRegistration => $"'{Source}' registered on {On:yyyy-MM-dd}",
        SatisfactionKind.AnnualReport => $"annual report for {Year} submitted",
        SatisfactionKind.DoneOn => $"done on {On:yyyy-MM-dd}",
        SatisfactionKind.UpdatedOn => $"updated on {On:yyyy-MM-dd}",
        _ => string.Empty,
    };
}

/// <summary>The sentence shapes of <see cref="Satisfaction"/>.</summary>
internal enum SatisfactionKind : byte
{
    None,
    Completion,
    Filing,
    Assessment,
    ModelRegistration,
    CommitteeRegistration,
    ActivityRegistration,
    AnnualReport,
    DoneOn,
    UpdatedOn,
}
