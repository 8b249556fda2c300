namespace AiRegOps.Core.Reminders;

/// <summary>Why a reminder's issue is closed; maps to GitHub's state_reason.</summary>
public enum ReminderCloseReason
{
    /// <summary>Evidence shows the obligation met (state_reason "completed").</summary>
    Completed,

    /// <summary>It no longer applies, or another issue carries the same key (state_reason "not_planned").</summary>
    NotPlanned,
}
