namespace AiRegOps.Core.Reminders;

/// <summary>
/// Writes nothing: records (and prints) the issues a sweep would open, update and close. Lists through
/// <paramref name="reader"/> when one is given (say, a read-only GitHub tracker), otherwise assumes no issues exist.
/// </summary>
public sealed class DryRunReminderTracker(IReminderTracker? reader = null, TextWriter? output = null) : IReminderTracker
{
    private readonly Lock gate = new();
    private readonly List<string> lines = [];
    private int nextNumber = 1_000_000;

    /// <summary>What would have been written, one line per write, in order.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    public async Task<IReadOnlyList<ReminderIssue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        reader is null ? [] : await reader.ListAsync(repository, cancellationToken).ConfigureAwait(false);

    public Task<ReminderIssue> CreateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        int number;
        lock (gate)
        {
            number = nextNumber++;
        }

        Record($"would open   {repository}: {change.Title} [{string.Join(", ", change.Labels ?? [])}]");
        return Task.FromResult(Issue(change, number, open: true));
    }

    public Task<ReminderIssue> UpdateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        Record($"would update {repository}#{change.IssueNumber}: {change.Title ?? change.Key.ToString()} ({change.Reason})");
        return Task.FromResult(Issue(change, change.IssueNumber ?? 0, change.Open));
    }

    public Task<ReminderIssue> CloseAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        Record($"would close  {repository}#{change.IssueNumber}: {change.Title ?? change.Key.ToString()} ({change.Reason})");
        return Task.FromResult(Issue(change, change.IssueNumber ?? 0, open: false));
    }

    private void Record(string line)
    {
        lock (gate)
        {
            lines.Add(line);
            output?.WriteLine(line);
        }
    }

    private static ReminderIssue Issue(ReminderChange change, int number, bool open) => new()
    {
        Number = number,
        Key = change.Key,
        Digest = change.Body is not null && ReminderMarker.TryParse(change.Body, out _, out var digest) ? digest : string.Empty,
        IsOpen = open,
        Title = change.Title ?? string.Empty,
        Labels = change.Labels ?? [],
        Assignees = change.Assignees ?? [],
    };
}
