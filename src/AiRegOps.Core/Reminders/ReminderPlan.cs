using System.Text;

namespace AiRegOps.Core.Reminders;

/// <summary>The difference between what a repository's schedules call for and the reminder issues it holds.</summary>
public sealed record ReminderPlan
{
    public required RepositoryRef Repository { get; init; }

    /// <summary>Every change, including <see cref="ReminderAction.Unchanged"/> ones, in a stable order.</summary>
    public required IReadOnlyList<ReminderChange> Changes { get; init; }

    /// <summary>How many reminder issues the repository held when planned.</summary>
    public int ExistingIssues { get; init; }

    public IEnumerable<ReminderChange> Writes => Changes.Where(c => c.Action != ReminderAction.Unchanged);
    public int Count(ReminderAction action) => Changes.Count(c => c.Action == action);

    /// <summary>One line per write, as a dry run prints it.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Repository.ToString()).Append(": ")
            .Append(Count(ReminderAction.Open)).Append(" to open, ")
            .Append(Count(ReminderAction.Update)).Append(" to update, ")
            .Append(Count(ReminderAction.Close)).Append(" to close, ")
            .Append(Count(ReminderAction.Unchanged)).Append(" unchanged\n");
        foreach (var change in Writes)
        {
            text.Append("  ").Append(Verb(change.Action));
            if (change.IssueNumber is { } number)
            {
                text.Append(" #").Append(number);
            }

            text.Append(' ').Append(change.Title ?? change.Key.ToString()).Append(" — ").Append(change.Reason).Append('\n');
        }

        return text.ToString();
    }

    private static string Verb(ReminderAction action) => action switch
    {
        ReminderAction.Open => "would open  ",
        ReminderAction.Update => "would update",
        ReminderAction.Close => "would close ",
        _ => "unchanged   ",
    };
}
