namespace AiRegOps.Core.Reminders;

/// <summary>
/// Durable pending writes and per-repository locks, so a sweep larger than an hour's allowance continues in later
/// runs and overlapping sweeps never write one repository at once. An Azure implementation can use a table (items
/// keyed by repository and <see cref="ReminderWorkItem.Id"/>) and blob leases; <see cref="InMemoryReminderWorkQueue"/>
/// is the reference.
/// </summary>
public interface IReminderWorkQueue
{
    /// <summary>Takes or extends the repository's lock for <paramref name="holder"/>; false while another holder has it.</summary>
    Task<bool> TryLockAsync(RepositoryRef repository, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Releases the lock if <paramref name="holder"/> has it.</summary>
    Task UnlockAsync(RepositoryRef repository, string holder, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every pending item of the repository, taken or not, with <paramref name="items"/>: the newest plan
    /// wins. Call it while holding the repository's lock.
    /// </summary>
    Task ReplaceAsync(RepositoryRef repository, IReadOnlyList<ReminderWorkItem> items, CancellationToken cancellationToken);

    /// <summary>Repositories with items visible now, in the order their oldest item was queued.</summary>
    Task<IReadOnlyList<RepositoryRef>> ReadyRepositoriesAsync(CancellationToken cancellationToken);

    /// <summary>Takes the repository's oldest visible item, hiding it for <paramref name="visibility"/>; null when none.</summary>
    Task<ReminderWorkLease?> TakeAsync(RepositoryRef repository, TimeSpan visibility, CancellationToken cancellationToken);

    /// <summary>Removes a delivered item: its write is done.</summary>
    Task CompleteAsync(ReminderWorkLease lease, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a delivered item back, visible at <paramref name="visibleAt"/>. <paramref name="attempted"/> false means
    /// the write was not sent (or was refused by a rate limit), so the delivery does not count as a possible write.
    /// </summary>
    Task ReturnAsync(ReminderWorkLease lease, DateTimeOffset visibleAt, bool attempted, CancellationToken cancellationToken);

    /// <summary>Pending items (visible or not), for one repository or all.</summary>
    Task<int> CountAsync(RepositoryRef? repository, CancellationToken cancellationToken);

    /// <summary>When the earliest hidden item becomes visible again, or null when none is hidden.</summary>
    Task<DateTimeOffset?> NextVisibleAtAsync(CancellationToken cancellationToken);
}
