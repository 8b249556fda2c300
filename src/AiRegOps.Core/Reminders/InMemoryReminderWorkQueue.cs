namespace AiRegOps.Core.Reminders;

/// <summary>
/// The work queue in memory, for a single process, tests and dry runs. Visibility and locks expire on the
/// <see cref="TimeProvider"/>'s clock.
/// </summary>
public sealed class InMemoryReminderWorkQueue : IReminderWorkQueue
{
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly List<Entry> entries = [];
    private readonly Dictionary<RepositoryRef, (string Holder, DateTimeOffset Until)> locks = [];
    private long sequence;

    public InMemoryReminderWorkQueue(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
    }

    public Task<bool> TryLockAsync(RepositoryRef repository, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (locks.TryGetValue(repository, out var current) && current.Holder != holder && current.Until > now)
            {
                return Task.FromResult(false);
            }

            locks[repository] = (holder, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task UnlockAsync(RepositoryRef repository, string holder, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (locks.TryGetValue(repository, out var current) && current.Holder == holder)
            {
                locks.Remove(repository);
            }
        }

        return Task.CompletedTask;
    }

    public Task ReplaceAsync(RepositoryRef repository, IReadOnlyList<ReminderWorkItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (gate)
        {
            var now = time.GetUtcNow();
            var previous = entries.Where(e => e.Item.Repository == repository).ToDictionary(e => e.Item.Id, StringComparer.Ordinal);
            entries.RemoveAll(e => e.Item.Repository == repository);
            foreach (var item in items)
            {
                // A re-planned write keeps its delivery count: if it may have happened, the next run must still check.
                var deliveries = previous.TryGetValue(item.Id, out var old) ? old.Deliveries : 0;
                entries.Add(new Entry(item, ++sequence) { VisibleAt = now, Deliveries = deliveries });
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RepositoryRef>> ReadyRepositoriesAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            IReadOnlyList<RepositoryRef> ready = entries.Where(e => e.VisibleAt <= now)
                .OrderBy(e => e.Sequence)
                .Select(e => e.Item.Repository)
                .Distinct()
                .ToList();
            return Task.FromResult(ready);
        }
    }

    public Task<ReminderWorkLease?> TakeAsync(RepositoryRef repository, TimeSpan visibility, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Entry? next = null;
            foreach (var entry in entries)
            {
                if (entry.Item.Repository == repository && entry.VisibleAt <= now && (next is null || entry.Sequence < next.Sequence))
                {
                    next = entry;
                }
            }

            if (next is null)
            {
                return Task.FromResult<ReminderWorkLease?>(null);
            }

            next.Deliveries++;
            next.VisibleAt = now + visibility;
            next.Receipt = $"{next.Sequence}:{next.Deliveries}";
            return Task.FromResult<ReminderWorkLease?>(new ReminderWorkLease { Item = next.Item, Receipt = next.Receipt, DeliveryCount = next.Deliveries });
        }
    }

    public Task CompleteAsync(ReminderWorkLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (gate)
        {
            // A stale receipt (the item was re-planned or re-taken since) changes nothing.
            entries.RemoveAll(e => e.Receipt == lease.Receipt && e.Item.Id == lease.Item.Id);
        }

        return Task.CompletedTask;
    }

    public Task ReturnAsync(ReminderWorkLease lease, DateTimeOffset visibleAt, bool attempted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (gate)
        {
            var entry = entries.Find(e => e.Receipt == lease.Receipt && e.Item.Id == lease.Item.Id);
            if (entry is not null)
            {
                entry.VisibleAt = visibleAt;
                entry.Receipt = null;
                if (!attempted)
                {
                    entry.Deliveries--;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> CountAsync(RepositoryRef? repository, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(repository is { } r ? entries.Count(e => e.Item.Repository == r) : entries.Count);
        }
    }

    public Task<DateTimeOffset?> NextVisibleAtAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var hidden = entries.Where(e => e.VisibleAt > now).Select(e => e.VisibleAt).ToList();
            return Task.FromResult<DateTimeOffset?>(hidden.Count == 0 ? null : hidden.Min());
        }
    }

    private sealed class Entry(ReminderWorkItem item, long sequence)
    {
        public ReminderWorkItem Item { get; } = item;
        public long Sequence { get; } = sequence;
        public DateTimeOffset VisibleAt { get; set; }
        public int Deliveries { get; set; }
        public string? Receipt { get; set; }
    }
}
