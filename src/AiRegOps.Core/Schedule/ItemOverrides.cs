namespace AiRegOps.Core.Schedule;

/// <summary>Values of a <see cref="ScheduleItem"/> given through its init accessors, which win over the derived ones.</summary>
internal sealed class ItemOverrides
{
    public string? Service { get; set; }
    public string? ObligationId { get; set; }
    public string? Title { get; set; }
    public string? Deadline { get; set; }
    public IReadOnlyList<string>? Citations { get; set; }
    public IReadOnlyList<string>? Reasons { get; set; }
    public string? SeedRef { get; set; }
    public bool SeedRefSet { get; set; }
    public string? SatisfiedBy { get; set; }
    public bool SatisfiedBySet { get; set; }
    public DateOnly? TriggeredOn { get; set; }
    public bool TriggeredOnSet { get; set; }

    /// <summary>What the item's slot held before values were given (a satisfying record or <see cref="ItemExtras"/>).</summary>
    public object? Inner { get; init; }

    public ItemOverrides Clone() => (ItemOverrides)MemberwiseClone();
}
