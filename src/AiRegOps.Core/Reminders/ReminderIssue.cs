namespace AiRegOps.Core.Reminders;

/// <summary>An existing reminder issue as the tracker found it (only issues whose first body line is a marker).</summary>
public sealed record ReminderIssue
{
    public required int Number { get; init; }
    private readonly string? identity;

    /// <summary>The key from the marker; a field the marker holds hashed reads as <c>*</c> and the hash (see <see cref="Identity"/>).</summary>
    public required ReminderKey Key { get; init; }

    /// <summary>What the issue is matched by: <see cref="ReminderMarker.Identity"/> of its key, as its marker holds it.</summary>
    public string Identity
    {
        get => identity ?? ReminderMarker.Identity(Key);
        init => identity = value;
    }

    /// <summary>The digest recorded in the marker when AiRegOps last wrote the issue.</summary>
    public required string Digest { get; init; }

    public required bool IsOpen { get; init; }
    public string Title { get; init; } = string.Empty;
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<string> Assignees { get; init; } = [];
    public string? Url { get; init; }

    public override string ToString() => $"#{Number} {Key} {(IsOpen ? "open" : "closed")}";
}
