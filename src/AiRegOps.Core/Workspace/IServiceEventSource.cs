using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Workspace;

/// <summary>Events recorded for a service outside its profile (the watcher's, a deployment's), merged before scheduling.</summary>
public interface IServiceEventSource
{
    Task<IReadOnlyList<ServiceEvent>> GetEventsAsync(string service, CancellationToken cancellationToken);
}
