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

        var byDue = x.DueSortKey.CompareTo(y.DueSortKey);
        if (byDue != 0)
        {
            return byDue;
        }

        // Items the scheduler made compare their obligations' precomputed ordinal ranks; others compare the ids.
        var (rankX, rankY) = (x.ObligationRank, y.ObligationRank);
        var byObligation = rankX >= 0 && rankY >= 0 ? rankX.CompareTo(rankY) : string.CompareOrdinal(x.ObligationId, y.ObligationId);
        return byObligation != 0 ? byObligation : string.CompareOrdinal(x.PeriodKey, y.PeriodKey);
    }
}
