namespace AiRegOps.Core.Reminders;

/// <summary>
/// Keeps a repository's reminder issues in line with its services' schedules: plan (list and diff, one read per
/// hundred issues), queue the writes, then make them paced within the write limits. A run that meets a wait longer
/// than <see cref="ReminderSyncOptions.MaxWait"/> stops and leaves the rest queued with the time to resume, so a
/// sweep bigger than an hour's allowance finishes over several runs, without listing again and without duplicates.
/// Repositories are isolated: one that cannot be listed, planned or drained (GitHub 5xx, a 403, a store error on its
/// work items) is reported in the result's errors and left for the next run, and the others go on in this one.
/// </summary>
public sealed class ReminderSynchronizer
{
    private readonly IReminderTracker tracker;
    private readonly IReminderWorkQueue queue;
    private readonly WritePacer pacer;
    private readonly TimeProvider time;
    private readonly ReminderSyncOptions options;

    public ReminderSynchronizer(IReminderTracker tracker, IReminderWorkQueue queue, WritePacer pacer, TimeProvider time, ReminderSyncOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(pacer);
        ArgumentNullException.ThrowIfNull(time);
        this.tracker = tracker;
        this.queue = queue;
        this.pacer = pacer;
        this.time = time;
        this.options = options ?? new ReminderSyncOptions();
    }

    public ReminderSyncOptions Options => options;

    /// <summary>Plans every repository, then runs the queued writes as far as the limits allow.</summary>
    public async Task<ReminderSweepResult> SweepAsync(IEnumerable<RepositoryReminders> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var plans = new List<ReminderPlan>();
        var skipped = new List<RepositoryRef>();
        var errors = new List<string>();
        foreach (var target in targets)
        {
            try
            {
                if (await PlanAsync(target, cancellationToken).ConfigureAwait(false) is { } plan)
                {
                    plans.Add(plan);
                }
                else
                {
                    skipped.Add(target.Repository);
                }
            }
            catch (ReminderThrottledException)
            {
                // Listing hit a long rate-limit wait: this repository is planned on a later sweep.
                skipped.Add(target.Repository);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // GitHub refused or kept failing, or the store failed for this repository's keys: the others go on.
                skipped.Add(target.Repository);
                errors.Add(Failure(target.Repository, "not planned this run, retried next run", ex));
            }
        }

        var run = await RunAsync(cancellationToken).ConfigureAwait(false);
        return new ReminderSweepResult { Plans = plans, Skipped = skipped, Run = errors.Count == 0 ? run : run with { Errors = [.. errors, .. run.Errors] } };
    }

    /// <summary>
    /// Lists the repository's reminders, diffs them with <paramref name="target"/> and replaces its queued work with
    /// the writes the plan needs. Returns null when another sweep holds the repository.
    /// </summary>
    /// <exception cref="ReminderThrottledException">Listing must wait longer than <see cref="ReminderSyncOptions.MaxWait"/>; plan again after <see cref="ReminderThrottledException.RetryAt"/>.</exception>
    public async Task<ReminderPlan?> PlanAsync(RepositoryReminders target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var repository = target.Repository;
        if (!await queue.TryLockAsync(repository, options.Holder, options.LockDuration, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            IReadOnlyList<ReminderIssue> existing;
            try
            {
                existing = await CallAsync(() => tracker.ListAsync(repository, cancellationToken), isWrite: false, cancellationToken).ConfigureAwait(false);
            }
            catch (ReminderDeferredException deferred)
            {
                throw new ReminderThrottledException($"Listing {repository} must wait until {deferred.ResumeAt:O}.", deferred.ResumeAt, secondary: false, deferred);
            }

            var plan = ReminderPlanner.Plan(repository, target.Reminders, existing, target.ServicesInScope);
            var items = plan.Writes.Select(c => new ReminderWorkItem { Repository = repository, Change = c }).ToList();
            await queue.ReplaceAsync(repository, items, cancellationToken).ConfigureAwait(false);
            return plan;
        }
        finally
        {
            await queue.UnlockAsync(repository, options.Holder, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Makes queued writes, repository by repository, until none is left or the next must wait too long.</summary>
    public async Task<ReminderRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var counters = new RunCounters();
        var deadline = options.MaxRunDuration is { } limit ? time.GetUtcNow() + limit : DateTimeOffset.MaxValue;
        DateTimeOffset? resumeAt = null;
        foreach (var repository in await queue.ReadyRepositoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (!await queue.TryLockAsync(repository, options.Holder, options.LockDuration, cancellationToken).ConfigureAwait(false))
                {
                    counters.Busy++;
                    continue;
                }

                try
                {
                    resumeAt = await DrainAsync(repository, counters, deadline, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await queue.UnlockAsync(repository, options.Holder, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The store failed for this repository's work (a lock, an item that cannot be read): its items stay
                // queued (a taken one becomes visible again when its lease lapses) and the next repository goes on.
                counters.Failed++;
                counters.Errors.Add(Failure(repository, "writes left for the next run", ex));
                continue;
            }

            if (resumeAt is not null)
            {
                // The limits are per credential, not per repository: no other repository can go faster.
                break;
            }
        }

        var remaining = await queue.CountAsync(null, cancellationToken).ConfigureAwait(false);
        if (remaining > 0 && resumeAt is null)
        {
            resumeAt = await queue.NextVisibleAtAsync(cancellationToken).ConfigureAwait(false) ?? time.GetUtcNow();
        }

        return new ReminderRunResult
        {
            Opened = counters.Opened,
            Updated = counters.Updated,
            Closed = counters.Closed,
            Recovered = counters.Recovered,
            Failed = counters.Failed,
            BusyRepositories = counters.Busy,
            Remaining = remaining,
            ResumeAt = remaining > 0 ? resumeAt : null,
            Errors = counters.Errors,
        };
    }

    private async Task<DateTimeOffset?> DrainAsync(RepositoryRef repository, RunCounters counters, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        Dictionary<string, ReminderIssue>? present = null;
        var renewAt = time.GetUtcNow() + (options.LockDuration / 2);
        while (true)
        {
            var now = time.GetUtcNow();
            if (now >= deadline)
            {
                return now;
            }

            // Wait for the slot before taking an item, so an item is never taken only to be put back.
            if (!await pacer.WaitForUnblockAsync(options.MaxWait, cancellationToken).ConfigureAwait(false))
            {
                return pacer.BlockedUntil;
            }

            if (!await pacer.WaitForWriteSlotAsync(options.MaxWait, cancellationToken).ConfigureAwait(false))
            {
                return pacer.NextWriteAt();
            }

            if (time.GetUtcNow() >= renewAt)
            {
                if (!await queue.TryLockAsync(repository, options.Holder, options.LockDuration, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                renewAt = time.GetUtcNow() + (options.LockDuration / 2);
            }

            var lease = await queue.TakeAsync(repository, options.ItemVisibility, cancellationToken).ConfigureAwait(false);
            if (lease is null)
            {
                return null;
            }

            var change = lease.Item.Change;
            try
            {
                if (lease.DeliveryCount > 1 && change.Action == ReminderAction.Open)
                {
                    // An earlier delivery may have opened the issue and died before completing: look before opening.
                    present ??= await ListPresentAsync(repository, cancellationToken).ConfigureAwait(false);
                    if (present.ContainsKey(ReminderMarker.Identity(change.Key)))
                    {
                        await queue.CompleteAsync(lease, CancellationToken.None).ConfigureAwait(false);
                        counters.Recovered++;
                        continue;
                    }
                }

                var issue = await CallAsync(() => ExecuteAsync(repository, change, cancellationToken), isWrite: true, cancellationToken).ConfigureAwait(false);
                await queue.CompleteAsync(lease, CancellationToken.None).ConfigureAwait(false);
                counters.Count(change.Action);
                if (present is not null && change.Action == ReminderAction.Open)
                {
                    present[ReminderMarker.Identity(change.Key)] = issue;
                }
            }
            catch (ReminderDeferredException deferred)
            {
                await queue.ReturnAsync(lease, deferred.ResumeAt, deferred.Attempted, CancellationToken.None).ConfigureAwait(false);
                return deferred.ResumeAt;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad item (a deleted issue, a validation error, a failure that outlasted the retries) must not
                // stop the sweep; it is tried again later and reported.
                var retryAt = time.GetUtcNow() + options.RetryLater;
                await queue.ReturnAsync(lease, retryAt, attempted: true, CancellationToken.None).ConfigureAwait(false);
                counters.Failed++;
                counters.Errors.Add(Failure(repository, $"{change.Action} {change.Key}", ex));
                if (ex is ReminderTransientException or ReminderThrottledException)
                {
                    // The service is struggling: leave this repository for later rather than fail item after item.
                    return null;
                }
            }
        }
    }

    private async Task<Dictionary<string, ReminderIssue>> ListPresentAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        var issues = await CallAsync(() => tracker.ListAsync(repository, cancellationToken), isWrite: false, cancellationToken).ConfigureAwait(false);
        var present = new Dictionary<string, ReminderIssue>(StringComparer.Ordinal);
        foreach (var issue in issues.OrderBy(i => i.Number))
        {
            present.TryAdd(issue.Identity, issue);
        }

        return present;
    }

    /// <summary>
    /// One line for the log: the repository, what failed, and the error's first paragraph, escaped and cut. Storage
    /// errors list response headers after a blank line; they are left out, as is anything a value could inject.
    /// </summary>
    private static string Failure(RepositoryRef repository, string what, Exception ex)
    {
        var message = ex.Message;
        var paragraph = message.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (paragraph >= 0)
        {
            message = message[..paragraph];
        }

        return $"{repository}: {TextSafety.ForMessage(what, 300)}: {ex.GetType().Name}: {TextSafety.ForMessage(message, 600)}";
    }

    private Task<ReminderIssue> ExecuteAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken) => change.Action switch
    {
        ReminderAction.Open => tracker.CreateAsync(repository, change, cancellationToken),
        ReminderAction.Update => tracker.UpdateAsync(repository, change, cancellationToken),
        ReminderAction.Close => tracker.CloseAsync(repository, change, cancellationToken),
        _ => throw new InvalidOperationException($"Nothing to write for {change}."),
    };

    /// <summary>
    /// Sends one request, honouring waits the server asks for and retrying transient failures with back-off, both
    /// within <see cref="ReminderSyncOptions.MaxAttempts"/>. Throws <see cref="ReminderDeferredException"/> when the
    /// next attempt would have to wait longer than <see cref="ReminderSyncOptions.MaxWait"/>.
    /// </summary>
    private async Task<T> CallAsync<T>(Func<Task<T>> call, bool isWrite, CancellationToken cancellationToken)
    {
        var mayHaveApplied = false;
        for (var attempt = 1; ; attempt++)
        {
            if (!await pacer.WaitForUnblockAsync(options.MaxWait, cancellationToken).ConfigureAwait(false))
            {
                throw new ReminderDeferredException(pacer.BlockedUntil, mayHaveApplied);
            }

            if (isWrite)
            {
                if (!await pacer.WaitForWriteSlotAsync(options.MaxWait, cancellationToken).ConfigureAwait(false))
                {
                    throw new ReminderDeferredException(pacer.NextWriteAt(), mayHaveApplied);
                }

                pacer.RecordWrite();
            }

            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (ReminderThrottledException throttled) when (attempt < options.MaxAttempts)
            {
                // Refused, not performed: the pacer holds every request until the server's time.
                pacer.BlockUntil(throttled.RetryAt);
            }
            catch (ReminderTransientException) when (attempt < options.MaxAttempts)
            {
                mayHaveApplied |= isWrite;
                var backoff = options.RetryDelay * Math.Pow(2, attempt - 1);
                if (backoff > options.MaxWait)
                {
                    throw new ReminderDeferredException(time.GetUtcNow() + backoff, mayHaveApplied);
                }

                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
