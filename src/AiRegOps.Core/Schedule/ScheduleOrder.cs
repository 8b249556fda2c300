namespace AiRegOps.Core.Schedule;

/// <summary>Most urgent first: by due date (undated last), then obligation and period, so output is deterministic.</summary>
internal sealed class ScheduleOrder : IComparer<ScheduleItem>
{
    public static ScheduleOrder Instance { get; } = new();

    public int Compare(ScheduleItem? x, ScheduleItem? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byDue = (x.DueDate ?? DateOnly.MaxValue).CompareTo(y.DueDate ?? DateOnly.MaxValue);
        if (byDue != 0)
        {
            return byDue;
        }

        var byObligation = string.CompareOrdinal(x.ObligationId, y.ObligationId);
        return byObligation != 0 ? byObligation : string.CompareOrdinal(x.PeriodKey, y.PeriodKey);
    }
}
