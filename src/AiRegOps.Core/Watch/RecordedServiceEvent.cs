using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Watch;

/// <summary>
/// An event recorded for a service outside its profile: seen by the repository watcher or reported by a deployment.
/// The id makes recording idempotent: the same detection or message recorded twice is one event.
/// </summary>
public sealed record RecordedServiceEvent
{
    /// <summary>Stable id: from the message id for deployments, from the profile file's sha for the watcher.</summary>
    public required string Id { get; init; }

    public required string Service { get; init; }

    public required ServiceEvent Event { get; init; }

    /// <summary>Where it came from, e.g. "watch octo/chat:airegops.yml@1a2b3c" or "deployment rel-2026-03-02".</summary>
    public required string Source { get; init; }

    public override string ToString() => $"{Service} {Event.Type} {Event.Date:yyyy-MM-dd} ({Source})";
}
