namespace AiRegOps.Core.Reminders;

/// <summary>
/// One write a plan calls for, complete in itself: a work item carries it and runs it later without listing the
/// repository again. Plain data, so a queue can store it as JSON.
/// </summary>
public sealed record ReminderChange
{
    public required ReminderAction Action { get; init; }
    public required ReminderKey Key { get; init; }

    /// <summary>The issue to update or close; null when opening.</summary>
    public int? IssueNumber { get; init; }

    /// <summary>The title to set; null keeps the issue's title.</summary>
    public string? Title { get; init; }

    /// <summary>The body to set; null keeps the issue's body.</summary>
    public string? Body { get; init; }

    /// <summary>The labels to set; null keeps the issue's labels.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>The assignees to set; null keeps the issue's assignees.</summary>
    public IReadOnlyList<string>? Assignees { get; init; }

    /// <summary>Whether the issue ends open.</summary>
    public bool Open { get; init; } = true;

    public ReminderCloseReason CloseReason { get; init; } = ReminderCloseReason.Completed;

    /// <summary>Why, in words, for dry runs and logs.</summary>
    public string Reason { get; init; } = string.Empty;

    public override string ToString() => IssueNumber is { } n ? $"{Action} #{n} {Key}: {Reason}" : $"{Action} {Key}: {Reason}";
}
