namespace AiRegOps.Core.Reminders;

/// <summary>Internal signal: the next request must wait longer than the run may sleep, so the run stops here.</summary>
internal sealed class ReminderDeferredException : Exception
{
    public ReminderDeferredException()
    {
    }

    public ReminderDeferredException(string message)
        : base(message)
    {
    }

    public ReminderDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReminderDeferredException(DateTimeOffset resumeAt, bool attempted)
        : base($"Deferred until {resumeAt:O}.")
    {
        ResumeAt = resumeAt;
        Attempted = attempted;
    }

    public DateTimeOffset ResumeAt { get; }

    /// <summary>True when a failed attempt may have taken effect before the deferral.</summary>
    public bool Attempted { get; }
}
