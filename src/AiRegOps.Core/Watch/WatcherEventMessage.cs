using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>
/// What the repository watcher puts on the watcher-events queue when a profile file changed: the events it found
/// (possibly none: the changed file alone calls for a new plan of the repository's reminders).
/// </summary>
public sealed record WatcherEventMessage
{
    public required RepositoryRef Repository { get; init; }
    public required string Path { get; init; }

    /// <summary>The sha of the file version that was diffed (empty when the file is gone).</summary>
    public required string Sha { get; init; }

    public required IReadOnlyList<RecordedServiceEvent> Events { get; init; }

    public override string ToString() => $"{Repository}:{Path}@{(Sha.Length > 7 ? Sha[..7] : Sha)} ({Events.Count} events)";
}
