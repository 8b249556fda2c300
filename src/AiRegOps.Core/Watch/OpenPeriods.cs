using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Watch;

/// <summary>Which period evidence recorded today covers when its sender did not name one.</summary>
public static class OpenPeriods
{
    /// <summary>The obligation's earliest open period today: the one a reminder is about. Continuous when none is open.</summary>
    public static string Of(ServiceSchedule? schedule, string obligationId)
    {
        var items = schedule?.Items.Where(i => i.ObligationId == obligationId).ToList() ?? [];
        var open = items.Where(i => i.Status is ScheduleStatus.Overdue or ScheduleStatus.Due)
            .Concat(items.Where(i => i.Status == ScheduleStatus.Upcoming))
            .OrderBy(i => i.Status is ScheduleStatus.Upcoming ? 1 : 0)
            .ThenBy(i => i.DueDate ?? DateOnly.MaxValue)
            .FirstOrDefault();
        return open?.PeriodKey ?? PeriodKeys.Continuous;
    }
}
