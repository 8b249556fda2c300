using System.Collections.Concurrent;
using System.Net;
using AiRegOps.Core.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Octokit;

namespace AiRegOps.GitHub;

/// <summary>
/// Reminder issues on GitHub through Octokit. Lists by the <see cref="ReminderLabels.Reminder"/> label, 100 issues per
/// read (conditional when the client caches ETags), and recognises reminders by the marker on their first line.
/// Opening is safe to retry: after a failure that may have reached GitHub, the newest reminders are searched for the
/// key before anything is sent again.
/// </summary>
public sealed class GitHubReminderTracker : IReminderTracker
{
    private const int PageSize = 100;

    private readonly IGitHubClient client;
    private readonly TimeProvider time;
    private readonly WritePacer? pacer;
    private readonly ILogger logger;

    // Opens that failed in a way that may have reached GitHub; the next attempt looks before it writes.
    private readonly ConcurrentDictionary<string, bool> uncertainOpens = new(StringComparer.Ordinal);

    /// <param name="client">An Octokit client (see <see cref="GitHubClientFactory"/>).</param>
    /// <param name="time">The clock for rate-limit arithmetic.</param>
    /// <param name="pacer">Told when GitHub reports the hourly quota spent, so every caller holds off until the reset.</param>
    /// <param name="logger">Where to log; null for none.</param>
    public GitHubReminderTracker(IGitHubClient client, TimeProvider? time = null, WritePacer? pacer = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.time = time ?? TimeProvider.System;
        this.pacer = pacer;
        this.logger = logger ?? NullLogger.Instance;
    }

    public async Task<IReadOnlyList<ReminderIssue>> ListAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        var request = new RepositoryIssueRequest
        {
            State = ItemStateFilter.All,
            SortProperty = IssueSort.Created,
            SortDirection = SortDirection.Ascending,
        };
        request.Labels.Add(ReminderLabels.Reminder);
        var issues = await SendAsync(
            $"Listing reminders of {repository}",
            () => client.Issue.GetAllForRepository(repository.Owner, repository.Name, request, new ApiOptions { PageSize = PageSize }),
            cancellationToken).ConfigureAwait(false);
        var result = Map(issues);
        Log.Listed(logger, repository.ToString(), result.Count, Math.Max(1, (issues.Count + PageSize - 1) / PageSize));
        return result;
    }

    public async Task<ReminderIssue> CreateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var uncertainty = $"{repository}|{change.Key}";
        if (uncertainOpens.ContainsKey(uncertainty))
        {
            if (await FindNewestAsync(repository, change.Key, cancellationToken).ConfigureAwait(false) is { } found)
            {
                uncertainOpens.TryRemove(uncertainty, out _);
                Log.Recovered(logger, repository.ToString(), change.Key.ToString(), found.Number);
                return found;
            }

            uncertainOpens.TryRemove(uncertainty, out _);
        }

        var issue = new NewIssue(change.Title ?? change.Key.ToString()) { Body = change.Body };
        foreach (var label in change.Labels ?? [])
        {
            issue.Labels.Add(label);
        }

        foreach (var assignee in change.Assignees ?? [])
        {
            issue.Assignees.Add(assignee);
        }

        var what = $"Opening {change.Key} in {repository}";
        Issue created;
        try
        {
            created = await SendAsync(what, () => client.Issue.Create(repository.Owner, repository.Name, issue), cancellationToken).ConfigureAwait(false);
        }
        catch (ReminderTransientException)
        {
            uncertainOpens[uncertainty] = true;

            // Look now, so a retry by the caller finds the answer without writing twice; if looking fails too,
            // the mark above makes the next attempt look first.
            if (await TryFindNewestAsync(repository, change.Key, cancellationToken).ConfigureAwait(false) is { } found)
            {
                uncertainOpens.TryRemove(uncertainty, out _);
                Log.Recovered(logger, repository.ToString(), change.Key.ToString(), found.Number);
                return found;
            }

            throw;
        }
        catch (ApiException api) when (api.StatusCode == HttpStatusCode.UnprocessableEntity && issue.Assignees.Count > 0)
        {
            // Owners who cannot be assigned (not collaborators, renamed) must not block the reminder itself.
            Log.AssigneesRefused(logger, repository.ToString(), change.Key.ToString());
            issue.Assignees.Clear();
            created = await SendAsync(what, () => client.Issue.Create(repository.Owner, repository.Name, issue), cancellationToken).ConfigureAwait(false);
        }

        Log.Opened(logger, repository.ToString(), created.Number, change.Key.ToString());
        return Known(Map(created), change.Key) ?? throw new InvalidOperationException($"{what}: GitHub returned issue #{created.Number} without the marker.");
    }

    public async Task<ReminderIssue> UpdateAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var number = change.IssueNumber ?? throw new ArgumentException($"Updating {change.Key} needs an issue number.", nameof(change));
        var updated = await PatchAsync(repository, number, change, $"Updating {repository}#{number} ({change.Key})", cancellationToken).ConfigureAwait(false);
        Log.Updated(logger, repository.ToString(), number, change.Key.ToString(), change.Reason);
        return updated;
    }

    public async Task<ReminderIssue> CloseAsync(RepositoryRef repository, ReminderChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var number = change.IssueNumber ?? throw new ArgumentException($"Closing {change.Key} needs an issue number.", nameof(change));
        var closed = await PatchAsync(repository, number, change with { Open = false }, $"Closing {repository}#{number} ({change.Key})", cancellationToken).ConfigureAwait(false);
        Log.Closed(logger, repository.ToString(), number, change.Key.ToString(), change.Reason);
        return closed;
    }

    private async Task<ReminderIssue> PatchAsync(RepositoryRef repository, int number, ReminderChange change, string what, CancellationToken cancellationToken)
    {
        // Updates set absolute values, so repeating one after an unseen success writes the same thing again: harmless.
        var update = new IssueUpdate
        {
            Title = change.Title,
            Body = change.Body,
            State = change.Open ? ItemState.Open : ItemState.Closed,
        };
        if (!change.Open)
        {
            update.StateReason = change.CloseReason == ReminderCloseReason.Completed ? ItemStateReason.Completed : ItemStateReason.NotPlanned;
        }

        if (change.Labels is { } labels)
        {
            update.ClearLabels();
            foreach (var label in labels)
            {
                update.AddLabel(label);
            }
        }

        if (change.Assignees is { } assignees)
        {
            update.ClearAssignees();
            foreach (var assignee in assignees)
            {
                update.AddAssignee(assignee);
            }
        }

        var issue = await SendAsync(what, () => client.Issue.Update(repository.Owner, repository.Name, number, update), cancellationToken).ConfigureAwait(false);
        return Known(Map(issue), change.Key) ?? new ReminderIssue { Number = issue.Number, Key = change.Key, Digest = string.Empty, IsOpen = issue.State.Value == ItemState.Open, Title = issue.Title ?? string.Empty };
    }

    private async Task<ReminderIssue?> TryFindNewestAsync(RepositoryRef repository, ReminderKey key, CancellationToken cancellationToken)
    {
        try
        {
            return await FindNewestAsync(repository, key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ReminderTransientException or ReminderThrottledException)
        {
            return null;
        }
    }

    /// <summary>The reminder with <paramref name="key"/> among the 100 newest: one read, where an issue just opened would be.</summary>
    private async Task<ReminderIssue?> FindNewestAsync(RepositoryRef repository, ReminderKey key, CancellationToken cancellationToken)
    {
        var request = new RepositoryIssueRequest
        {
            State = ItemStateFilter.All,
            SortProperty = IssueSort.Created,
            SortDirection = SortDirection.Descending,
        };
        request.Labels.Add(ReminderLabels.Reminder);
        var newest = await SendAsync(
            $"Looking for {key} in {repository}",
            () => client.Issue.GetAllForRepository(repository.Owner, repository.Name, request, new ApiOptions { PageSize = PageSize, PageCount = 1, StartPage = 1 }),
            cancellationToken).ConfigureAwait(false);
        var identity = ReminderMarker.Identity(key);
        return Known(Map(newest).Where(i => i.Identity == identity).OrderBy(i => i.Number).FirstOrDefault(), key);
    }

    private async Task<T> SendAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // Octokit takes no cancellation token on these calls; waiting is what we can cancel.
            var result = await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            ObserveRateLimit();
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ObserveRateLimit();
            var mapped = GitHubErrors.Map(ex, what, time.GetUtcNow());
            if (mapped is null)
            {
                throw;
            }

            Log.Failed(logger, what, mapped.Message);
            throw mapped;
        }
    }

    private void ObserveRateLimit()
    {
        var rate = client.GetLastApiInfo()?.RateLimit;
        if (rate is { Remaining: 0 } && pacer is not null && rate.Reset > time.GetUtcNow())
        {
            Log.Exhausted(logger, rate.Reset);
            pacer.BlockUntil(rate.Reset);
        }
    }

    /// <summary>The issue with the whole key the caller asked about, where its marker holds a field hashed.</summary>
    private static ReminderIssue? Known(ReminderIssue? issue, ReminderKey key) =>
        issue is not null && issue.Identity == ReminderMarker.Identity(key) ? issue with { Key = key } : issue;

    private static List<ReminderIssue> Map(IEnumerable<Issue> issues)
    {
        var result = new List<ReminderIssue>();
        foreach (var issue in issues)
        {
            if (issue.PullRequest is null && Map(issue) is { } reminder)
            {
                result.Add(reminder);
            }
        }

        return result;
    }

    private static ReminderIssue? Map(Issue issue)
    {
        if (!ReminderMarker.TryParse(issue.Body, out var key, out var digest, out var identity))
        {
            return null;
        }

        return new ReminderIssue
        {
            Number = issue.Number,
            Key = key,
            Identity = identity,
            Digest = digest,
            IsOpen = issue.State.Value == ItemState.Open,
            Title = issue.Title ?? string.Empty,
            Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
            Assignees = issue.Assignees?.Select(a => a.Login).ToList() ?? [],
            Url = issue.HtmlUrl,
        };
    }
}
