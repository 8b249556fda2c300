using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Stable names for occurrences. Reminders are keyed by (service, obligation, period key), so a key must not change
/// when a due date moves: it names the triggering event, never the computed date.
/// </summary>
public static class PeriodKeys
{
    public const string Continuous = "continuous";

    /// <summary>"launched@2025-09-26", or "ethics-approval-obtained@2025-03-01/Model X" for an event about a subject.</summary>
    public static string ForEvent(ServiceEvent serviceEvent)
    {
        ArgumentNullException.ThrowIfNull(serviceEvent);
        var key = $"{KebabName<ServiceEventType>.Of(serviceEvent.Type)}@{serviceEvent.Date:yyyy-MM-dd}";
        return serviceEvent.Subject is null ? key : $"{key}/{serviceEvent.Subject}";
    }

    /// <summary>The n-th recurrence after an event: "launched@2025-09-26#2".</summary>
    public static string ForRecurrence(ServiceEvent anchor, int ordinal) => $"{ForEvent(anchor)}#{ordinal}";

    /// <summary>A yearly duty about a year: "FY2025".</summary>
    public static string ForYear(int year) => $"FY{year}";

    /// <summary>A duty expected once an event happens that has not happened yet: "awaiting:launched".</summary>
    public static string Awaiting(ServiceEventType type) => $"awaiting:{KebabName<ServiceEventType>.Of(type)}";
}
