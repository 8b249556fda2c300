namespace AiRegOps.Core.Reminders;

/// <summary>A failure worth retrying (a 5xx, a dropped connection, a timeout). The request may or may not have taken effect.</summary>
public sealed class ReminderTransientException : Exception
{
    public ReminderTransientException()
    {
    }

    public ReminderTransientException(string message)
        : base(message)
    {
    }

    public ReminderTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
