namespace AiRegOps.Core.Watch;

/// <summary>Recorded events in memory: the reference for the Azure Table store, and for tests.</summary>
public sealed class InMemoryServiceEventStore : IServiceEventStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<RecordedServiceEvent>> byService = new(StringComparer.Ordinal);

    public Task<bool> RecordAsync(RecordedServiceEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        lock (gate)
        {
            if (!byService.TryGetValue(recorded.Service, out var list))
            {
                list = [];
                byService.Add(recorded.Service, list);
            }

            if (list.Exists(e => e.Id == recorded.Id))
            {
                return Task.FromResult(false);
            }

            list.Add(recorded);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<RecordedServiceEvent>> GetAsync(string service, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<RecordedServiceEvent> events = byService.TryGetValue(service, out var list)
                ? [.. list.OrderBy(e => e.Event.Date).ThenBy(e => e.Id, StringComparer.Ordinal)]
                : [];
            return Task.FromResult(events);
        }
    }
}
