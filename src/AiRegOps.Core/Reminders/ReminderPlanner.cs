namespace AiRegOps.Core.Reminders;

/// <summary>
/// Diffs desired reminders against existing issues. An issue is matched by the key in its marker (its
/// <see cref="ReminderIssue.Identity"/>, so long keys written whole by earlier versions or hashed now match alike), never by title;
/// it is rewritten only when the digest of what AiRegOps would write differs, so a second run with nothing changed
/// plans no write. Labels and assignees people added are kept.
/// </summary>
public static class ReminderPlanner
{
    /// <param name="repository">The repository the issues live in.</param>
    /// <param name="desired">What the schedules of the services in scope call for.</param>
    /// <param name="existing">The reminder issues the repository holds (open and closed).</param>
    /// <param name="servicesInScope">
    /// Services whose schedules <paramref name="desired"/> covers in full: their open issues with no desired
    /// counterpart are closed. Null means the services named in <paramref name="desired"/>.
    /// </param>
    public static ReminderPlan Plan(
        RepositoryRef repository,
        IEnumerable<DesiredReminder> desired,
        IEnumerable<ReminderIssue> existing,
        IEnumerable<string>? servicesInScope = null)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(existing);

        var wanted = new Dictionary<string, DesiredReminder>(StringComparer.Ordinal);
        foreach (var reminder in desired)
        {
            // The last word wins if a caller passes one key twice; the order of the input decides, deterministically.
            wanted[ReminderMarker.Identity(reminder.Key)] = reminder;
        }

        var issues = existing.ToList();
        var changes = new List<ReminderChange>();

        // Duplicates (from a person copying an issue, or a run before AiRegOps serialised sweeps): the oldest is the
        // reminder, open younger ones are closed as duplicates.
        var byKey = new Dictionary<string, ReminderIssue>(StringComparer.Ordinal);
        foreach (var issue in issues.OrderBy(i => i.Number))
        {
            if (byKey.TryGetValue(issue.Identity, out var first))
            {
                if (issue.IsOpen)
                {
                    changes.Add(new ReminderChange
                    {
                        Action = ReminderAction.Close,
                        Key = issue.Key,
                        IssueNumber = issue.Number,
                        Open = false,
                        CloseReason = ReminderCloseReason.NotPlanned,
                        Reason = $"duplicate of #{first.Number}",
                    });
                }

                continue;
            }

            byKey.Add(issue.Identity, issue);
        }

        // Services as their markers write them, so a service whose name is hashed in its markers is still in scope.
        var scope = (servicesInScope ?? wanted.Values.Select(r => r.Key.Service)).Select(ReminderMarker.Field).ToHashSet(StringComparer.Ordinal);

        foreach (var (identity, reminder) in wanted)
        {
            byKey.TryGetValue(identity, out var issue);
            changes.Add(Decide(reminder, issue));
        }

        foreach (var (identity, issue) in byKey)
        {
            if (issue.IsOpen && !wanted.ContainsKey(identity) && scope.Contains(ReminderMarker.ServiceField(identity)))
            {
                changes.Add(new ReminderChange
                {
                    Action = ReminderAction.Close,
                    Key = issue.Key,
                    IssueNumber = issue.Number,
                    Open = false,
                    CloseReason = ReminderCloseReason.NotPlanned,
                    Reason = "no longer in the service's schedule",
                });
            }
        }

        changes.Sort(static (a, b) =>
        {
            var byService = string.CompareOrdinal(a.Key.Service, b.Key.Service);
            if (byService != 0)
            {
                return byService;
            }

            var byObligation = string.CompareOrdinal(a.Key.ObligationId, b.Key.ObligationId);
            if (byObligation != 0)
            {
                return byObligation;
            }

            var byPeriod = string.CompareOrdinal(a.Key.PeriodKey, b.Key.PeriodKey);
            return byPeriod != 0 ? byPeriod : (a.IssueNumber ?? 0).CompareTo(b.IssueNumber ?? 0);
        });

        return new ReminderPlan { Repository = repository, Changes = changes, ExistingIssues = issues.Count };
    }

    private static ReminderChange Decide(DesiredReminder reminder, ReminderIssue? issue)
    {
        switch (reminder.Disposition)
        {
            case ReminderDisposition.Open when issue is null:
                return Write(reminder, ReminderAction.Open, null, open: true, "due");
            case ReminderDisposition.Open when !issue.IsOpen:
                return Write(reminder, ReminderAction.Update, issue, open: true, "due again: reopened");
            case ReminderDisposition.Open or ReminderDisposition.KeepIfOpen when issue is { IsOpen: true } && issue.Digest != reminder.Digest:
                return Write(reminder, ReminderAction.Update, issue, open: true, "changed");
            case ReminderDisposition.Close when issue is { IsOpen: true }:
                return Write(reminder, ReminderAction.Close, issue, open: false,
                    reminder.CloseReason == ReminderCloseReason.Completed ? "satisfied" : "no longer applies");
            default:
                // Upcoming with no issue, closed and meant to be closed, or open and already current.
                return new ReminderChange { Action = ReminderAction.Unchanged, Key = reminder.Key, IssueNumber = issue?.Number, Open = issue?.IsOpen ?? false, Title = reminder.Title };
        }
    }

    private static ReminderChange Write(DesiredReminder reminder, ReminderAction action, ReminderIssue? issue, bool open, string reason) => new()
    {
        Action = action,
        Key = reminder.Key,
        IssueNumber = issue?.Number,
        Title = reminder.Title,
        Body = reminder.Body,
        Labels = issue is null ? reminder.Labels : Merge(reminder.Labels, issue.Labels.Where(l => !ReminderLabels.IsManaged(l))),
        Assignees = issue is null ? reminder.Assignees : Merge(reminder.Assignees, issue.Assignees).Take(ReminderOwners.MaxAssignees).ToList(),
        Open = open,
        CloseReason = reminder.CloseReason,
        Reason = reason,
    };

    private static List<string> Merge(IEnumerable<string> ours, IEnumerable<string> theirs)
    {
        var result = new List<string>(ours);
        foreach (var value in theirs)
        {
            if (!result.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
