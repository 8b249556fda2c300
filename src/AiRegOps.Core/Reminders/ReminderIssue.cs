namespace AiRegOps.Core.Reminders;

/// <summary>An existing reminder issue as the tracker found it (only issues whose first body line is a marker).</summary>
public sealed record ReminderIssue
{
    public required int Number { get; init; }
    public required ReminderKey Key { get; init; }

    /// <summary>The digest recorded in the marker when AiRegOps last wrote the issue.</summary>
    public required string Digest { get; init; }

    public required bool IsOpen { get; init; }
    public string Title { get; init; } = string.Empty;
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<string> Assignees { get; init; } = [];
    public string? Url { get; init; }

    public override string ToString() => $"#{Number} {Key} {(IsOpen ? "open" : "closed")}";
}
