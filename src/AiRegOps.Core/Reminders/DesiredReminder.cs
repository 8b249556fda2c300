namespace AiRegOps.Core.Reminders;

/// <summary>The issue a schedule item calls for, fully rendered. Equal inputs give byte-identical values.</summary>
public sealed record DesiredReminder
{
    public required ReminderKey Key { get; init; }
    public required ReminderDisposition Disposition { get; init; }
    public ReminderCloseReason CloseReason { get; init; } = ReminderCloseReason.Completed;
    public required string Title { get; init; }

    /// <summary>The whole body, starting with the <see cref="ReminderMarker"/> line.</summary>
    public required string Body { get; init; }

    /// <summary>Digest of title, body text, labels and assignees; stored in the marker so an unchanged issue costs no write.</summary>
    public required string Digest { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }
    public required IReadOnlyList<string> Assignees { get; init; }

    public override string ToString() => $"{Key} {Disposition}";
}
