using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>What the scheduler knows about one occurrence when it makes the <see cref="ScheduleItem"/>.</summary>
internal readonly record struct ItemValues
{
    public PeriodKind Key { get; init; }
    public DeadlineRule? Rule { get; init; }
    public ServiceEvent? Trigger { get; init; }
    public ScheduleStatus Status { get; init; }
    public DateOnly? Due { get; init; }
    public DeadlineShape Shape { get; init; }

    /// <summary>The occurrence, the year reported on, or the policy target in working days.</summary>
    public int Number { get; init; }

    /// <summary>See <see cref="DeadlineText.Render"/>.</summary>
    public int Detail { get; init; }

    public Satisfaction? Satisfaction { get; init; }
    public IReadOnlyList<string>? Warnings { get; init; }
    public ItemExtras? Extras { get; init; }
    public ItemFlags Flags { get; init; }

    /// <summary>The confidence of the rule that set the date; the obligation's when null.</summary>
    public Confidence? Confidence { get; init; }
}

/// <summary>How an item's period key is formed (see <see cref="PeriodKeys"/>).</summary>
internal enum PeriodKind : byte
{
    Continuous,
    Event,
    Recurrence,
    Year,
    Awaiting,

    /// <summary>A rolling duty's n-th update: like <see cref="Recurrence"/>, never marked advisory.</summary>
    Rolling,
}

/// <summary>The yes/no facts of an item, in one byte.</summary>
[Flags]
internal enum ItemFlags : byte
{
    None = 0,
    Policy = 1,
    Advisory = 2,
    OutsideGate = 4,
}
