using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>The schedule items a report shows, in one order for every format: by due date, undated last.</summary>
internal static class ScheduleRows
{
    public static IEnumerable<ScheduleItem> Of(ServiceSchedule schedule, bool includeNotApplicable) =>
        schedule.Items
            .Where(i => includeNotApplicable || i.Status != ScheduleStatus.NotApplicable)
            .OrderBy(i => i.DueDate is null)
            .ThenBy(i => i.DueDate)
            .ThenBy(i => i.ObligationId, StringComparer.Ordinal)
            .ThenBy(i => i.PeriodKey, StringComparer.Ordinal);

    public static string Basis(ScheduleItem item) =>
        $"{string.Join("; ", item.Citations)} {ConfidenceMarks.Of(item.Confidence)}".Trim();
}
