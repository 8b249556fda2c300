namespace AiRegOps.Core.Reminders;

/// <summary>A work item taken from the queue; invisible to others until completed, returned, or its lease runs out.</summary>
public sealed record ReminderWorkLease
{
    public required ReminderWorkItem Item { get; init; }

    /// <summary>Opaque token the queue uses to complete or return this delivery.</summary>
    public required string Receipt { get; init; }

    /// <summary>
    /// How many times the item has been taken, this time included. Above 1 the write may already have happened (a run
    /// died after writing, before completing), so an open must be checked against the repository first.
    /// </summary>
    public required int DeliveryCount { get; init; }
}
