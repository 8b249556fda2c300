namespace AiRegOps.Core.Reminders;

/// <summary>What the schedule wants for a reminder's issue.</summary>
public enum ReminderDisposition
{
    /// <summary>Due or overdue: the issue must exist and be open.</summary>
    Open,

    /// <summary>Upcoming: no issue is opened for it, but an open one (say, after the due date moved out) is kept current.</summary>
    KeepIfOpen,

    /// <summary>Satisfied or no longer applicable: an open issue is closed; none is opened.</summary>
    Close,
}
