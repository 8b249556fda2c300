using AiRegOps.Core.Reminders;

namespace AiRegOps.GitHub.Tests.Support;

/// <summary>Passes calls through and cancels <paramref name="stop"/> after <paramref name="writes"/> writes: a run killed mid-sweep.</summary>
internal sealed class CancellingTracker(IReminderTracker inner, CancellationTokenSource stop, int writes) : IReminderTracker
{
    private int done;

    public Task<IReadOnlyList<ReminderIssue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        inner.ListAsync(repository, cancellationToken);

    public Task<ReminderIssue> CreateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken) =>
        After(inner.CreateAsync(repository, change, cancellationToken));

    public Task<ReminderIssue> UpdateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken) =>
        After(inner.UpdateAsync(repository, change, cancellationToken));

    public Task<ReminderIssue> CloseAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken) =>
        After(inner.CloseAsync(repository, change, cancellationToken));

    private async Task<ReminderIssue> After(Task<ReminderIssue> write)
    {
        var issue = await write;
        if (Interlocked.Increment(ref done) >= writes)
        {
            // Killed after the write reached GitHub, before the run could record it.
            await stop.CancelAsync();
            stop.Token.ThrowIfCancellationRequested();
        }

        return issue;
    }
}
