namespace AiRegOps.Core.Reminders;

/// <summary>What a plan does to one reminder.</summary>
public enum ReminderAction
{
    /// <summary>Nothing: the issue already says what the schedule says (no write).</summary>
    Unchanged,

    /// <summary>Open a new issue.</summary>
    Open,

    /// <summary>Rewrite an existing issue (due date moved, status changed, evidence added) and, if it was closed, reopen it.</summary>
    Update,

    /// <summary>Close an open issue (satisfied, no longer applicable, no longer scheduled, or a duplicate).</summary>
    Close,
}
