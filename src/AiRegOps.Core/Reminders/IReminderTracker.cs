namespace AiRegOps.Core.Reminders;

/// <summary>
/// Where reminder issues live (GitHub, a dry run, a test double). Implementations throw
/// <see cref="ReminderThrottledException"/> when the service asks them to wait and
/// <see cref="ReminderTransientException"/> for failures worth retrying; anything else is a real error.
/// </summary>
public interface IReminderTracker
{
    /// <summary>Every reminder issue of the repository, open and closed (issues without a marker are not reminders).</summary>
    Task<IReadOnlyList<ReminderIssue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the issue <paramref name="change"/> describes. Must not create a second issue for the key when a
    /// previous attempt may have succeeded unseen (a dropped connection after the write).
    /// </summary>
    Task<ReminderIssue> CreateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken);

    /// <summary>Rewrites issue <see cref="ReminderChange.IssueNumber"/> and sets it open or closed as the change says.</summary>
    Task<ReminderIssue> UpdateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken);

    /// <summary>Closes issue <see cref="ReminderChange.IssueNumber"/> with the change's reason (and body, when given).</summary>
    Task<ReminderIssue> CloseAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken);
}
