namespace AiRegOps.Core.Schedule;

/// <summary>Most urgent first: by due date (undated last), then obligation and period, so output is deterministic.</summary>
internal sealed class ScheduleOrder : IComparer<ScheduleItem>
{
    // One key array per thread, reused by every schedule the thread sorts.
    [ThreadStatic]
    private static long[]? keys;

    private const int ShellSortLimit = 256;

    public static ScheduleOrder Instance { get; } = new();

    /// <summary>
    /// Sorts the items of one schedule in the order <see cref="Compare"/> gives. Due date and obligation rank are
    /// packed into one number per item and sorted as numbers; only items that tie on both (several periods of one
    /// obligation due the same day, which is rare) compare their period keys.
    /// </summary>
    public static void Sort(ScheduleItem[] items)
    {
        if (items.Length < 2)
        {
            return;
        }

        var packed = keys is { } cached && cached.Length >= items.Length ? cached : keys = new long[Math.Max(items.Length, 128)];
        var span = packed.AsSpan(0, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var rank = items[i].ObligationRank;
            if (rank < 0)
            {
                // An item whose id was given from outside: compare every field.
                Array.Sort(items, Instance);
                return;
            }

            span[i] = ((long)items[i].DueSortKey << 32) | (uint)rank;
        }

        if (span.Length <= ShellSortLimit)
        {
            SortByKey(span, items);
        }
        else
        {
            span.Sort(items.AsSpan());
        }
        for (var start = 0; start < span.Length;)
        {
            var end = start + 1;
            while (end < span.Length && span[end] == span[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                items.AsSpan(start, end - start).Sort(PeriodOrder);
            }

            start = end;
        }
    }

    // Shell sort of the keys (Ciura's gaps), moving the items with them. A schedule has about sixty items, where this
    // is as fast as the library sort, and it needs no generic sort of (long, item) pairs, which the JIT would compile
    // on first use in every new PowerShell session. Longer schedules (hundreds of events) use the library sort.
    private static void SortByKey(Span<long> keys, ScheduleItem[] items)
    {
        ReadOnlySpan<int> gaps = [132, 57, 23, 10, 4, 1];
        foreach (var gap in gaps)
        {
            for (var i = gap; i < keys.Length; i++)
            {
                var key = keys[i];
                var item = items[i];
                var j = i;
                while (j >= gap && keys[j - gap] > key)
                {
                    keys[j] = keys[j - gap];
                    items[j] = items[j - gap];
                    j -= gap;
                }

                keys[j] = key;
                items[j] = item;
            }
        }
    }

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

    private static int PeriodOrder(ScheduleItem x, ScheduleItem y) => string.CompareOrdinal(x.PeriodKey, y.PeriodKey);
}
