namespace AiRegOps.Core.Reminders;

/// <summary>How a <see cref="ReminderSynchronizer"/> spends its run.</summary>
public sealed record ReminderSyncOptions
{
    /// <summary>
    /// The longest a run sleeps for a write slot or a server-imposed wait. Longer waits (the hourly allowance, a
    /// primary rate-limit reset) end the run and leave the rest queued with a time to resume. Default 65 s, enough to
    /// ride out the per-minute window inside one run.
    /// </summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(65);

    /// <summary>How long a repository lock lasts without renewal; a run that dies frees it after this.</summary>
    public TimeSpan LockDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a taken work item stays hidden; a run that dies mid-write hands it on after this.</summary>
    public TimeSpan ItemVisibility { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts per request for transient failures and rate-limit refusals.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First back-off after a transient failure; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>When an item that kept failing is tried again.</summary>
    public TimeSpan RetryLater { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Stop taking new work after this long (a Functions timeout); null for no limit.</summary>
    public TimeSpan? MaxRunDuration { get; init; }

    /// <summary>Names this synchronizer in repository locks; unique per instance by default.</summary>
    public string Holder { get; init; } = Guid.NewGuid().ToString("N");
}
