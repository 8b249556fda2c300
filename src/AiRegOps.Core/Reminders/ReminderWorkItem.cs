namespace AiRegOps.Core.Reminders;

/// <summary>One planned write waiting to run, with the repository it belongs to. Plain data for any queue.</summary>
public sealed record ReminderWorkItem
{
    public required RepositoryRef Repository { get; init; }
    public required ReminderChange Change { get; init; }

    /// <summary>Identifies the item within its repository: one pending write per reminder key and issue.</summary>
    public string Id => Change.IssueNumber is { } n ? $"{Change.Key}#{n}" : Change.Key.ToString();

    public override string ToString() => $"{Repository} {Change}";
}
