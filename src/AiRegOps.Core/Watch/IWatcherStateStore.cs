using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>The last profile file the watcher saw per repository and path.</summary>
public interface IWatcherStateStore
{
    Task<ProfileSnapshot?> GetAsync(RepositoryRef repository, string path, CancellationToken cancellationToken);

    Task SaveAsync(ProfileSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Every snapshot, by repository then path.</summary>
    Task<IReadOnlyList<ProfileSnapshot>> ListAsync(CancellationToken cancellationToken);
}
