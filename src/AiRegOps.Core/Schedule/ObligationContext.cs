using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>One obligation of the catalogue (with its index there) being scheduled for one service.</summary>
internal readonly record struct ObligationContext(Obligation Obligation, ScheduleContext Service, int Index)
{
    /// <summary>Finds the records that satisfy the obligation's occurrences.</summary>
    public RecordMatcher Matcher => new(Obligation, Service);

    /// <summary>Makes an item of this obligation for this service.</summary>
    public ScheduleItem Item(in ItemValues values) => new(Service, Obligation, Index, values);
}
