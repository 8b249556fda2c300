using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>What processing one deployment event did.</summary>
public sealed record DeploymentOutcome
{
    public required DeploymentEvent Event { get; init; }

    /// <summary>True when the id was already processed: nothing was done.</summary>
    public bool Duplicate { get; init; }

    public int EventsRecorded { get; init; }
    public int EvidenceAdded { get; init; }
    public int EvidenceAlreadyRecorded { get; init; }

    /// <summary>The repository whose reminders were planned again, or null when no watched file describes the service.</summary>
    public RepositoryRef? Repository { get; init; }

    public ReminderSweepResult? Sync { get; init; }

    public override string ToString() => Duplicate
        ? $"{Event}: already processed, nothing changed"
        : $"{Event}: {EventsRecorded} events recorded, {EvidenceAdded} evidence added ({EvidenceAlreadyRecorded} already recorded), reminders {(Repository is { } r ? $"of {r}: {Sync?.Run}" : "not synchronised (no watched repository describes the service)")}";
}
