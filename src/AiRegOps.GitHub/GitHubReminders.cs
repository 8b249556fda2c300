using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;

namespace AiRegOps.GitHub;

/// <summary>
/// The one call behind <c>Send-ComplianceReminder</c> and the scheduled job: render the schedules' reminders, plan
/// them against the repository's issues and write what changed, paced within GitHub's limits. Without credentials,
/// or with <see cref="GitHubReminderOptions.DryRun"/>, it prints what it would open, update and close instead.
/// </summary>
public static class GitHubReminders
{
    /// <summary>Sends the reminders of <paramref name="schedules"/> to <paramref name="repository"/>.</summary>
    public static Task<ReminderSweepResult> SendAsync(
        RepositoryRef repository,
        IEnumerable<ServiceSchedule> schedules,
        GitHubReminderOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new GitHubReminderOptions();
        var target = RepositoryReminders.From(repository, schedules, new ReminderComposer(options.Catalogue));
        return SendAsync([target], options, cancellationToken);
    }

    /// <summary>Sends prepared reminders to several repositories in one sweep.</summary>
    public static async Task<ReminderSweepResult> SendAsync(
        IEnumerable<RepositoryReminders> targets,
        GitHubReminderOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        options ??= new GitHubReminderOptions();
        var time = options.Time ?? TimeProvider.System;
        var dryRun = options.DryRun || (options.Client is null && options.Connection.Auth is null);
        var pacer = options.Pacer ?? new WritePacer(time, dryRun ? WritePacerOptions.Unlimited : WritePacerOptions.GitHub);
        var client = options.Client ?? (options.Connection.Auth is null ? null : GitHubClientFactory.Create(options.Connection, time));
        IReminderTracker? github = client is null ? null : new GitHubReminderTracker(client, time, pacer, options.Logger);
        IReminderTracker tracker = dryRun ? new DryRunReminderTracker(github, options.Output) : github!;

        // A dry run must not leave work behind in a shared queue: it gets its own.
        var queue = dryRun || options.Queue is null ? new InMemoryReminderWorkQueue(time) : options.Queue;
        var synchronizer = new ReminderSynchronizer(tracker, queue, pacer, time, options.Sync);
        return await synchronizer.SweepAsync(targets, cancellationToken).ConfigureAwait(false);
    }
}
