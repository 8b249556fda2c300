using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>Watcher state in memory, for tests and single runs.</summary>
public sealed class InMemoryWatcherStateStore : IWatcherStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(RepositoryRef, string), ProfileSnapshot> snapshots = [];

    public Task<ProfileSnapshot?> GetAsync(RepositoryRef repository, string path, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(snapshots.GetValueOrDefault((repository, path)));
        }
    }

    public Task SaveAsync(ProfileSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (gate)
        {
            snapshots[(snapshot.Repository, snapshot.Path)] = snapshot;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ProfileSnapshot>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ProfileSnapshot> list = [.. snapshots.Values.OrderBy(s => s.Repository.ToString(), StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Path, StringComparer.Ordinal)];
            return Task.FromResult(list);
        }
    }
}
