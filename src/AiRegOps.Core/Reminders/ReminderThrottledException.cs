namespace AiRegOps.Core.Reminders;

/// <summary>The tracker was told to wait (primary or secondary rate limit, Retry-After). The request was not performed.</summary>
public sealed class ReminderThrottledException : Exception
{
    public ReminderThrottledException()
    {
    }

    public ReminderThrottledException(string message)
        : base(message)
    {
    }

    public ReminderThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReminderThrottledException(string message, DateTimeOffset retryAt, bool secondary, Exception? innerException = null)
        : base(message, innerException)
    {
        RetryAt = retryAt;
        IsSecondary = secondary;
    }

    /// <summary>When the next request may be sent.</summary>
    public DateTimeOffset RetryAt { get; }

    /// <summary>True for GitHub's secondary (abuse) limits, false for the hourly primary limit.</summary>
    public bool IsSecondary { get; }
}
