using AiRegOps.Core.Catalogue;
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

    /// <summary>Whether <paramref name="key"/> is the key of <paramref name="serviceEvent"/> or of an occurrence after it, without writing the event's key.</summary>
    internal static bool StartsWithEvent(string key, ServiceEvent serviceEvent)
    {
        var name = KebabName<ServiceEventType>.Of(serviceEvent.Type);
        Span<char> date = stackalloc char[10];
        if (!key.StartsWith(name, StringComparison.Ordinal) || key.Length < name.Length + 11 || key[name.Length] != '@'
            || !serviceEvent.Date.TryFormat(date, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            || !key.AsSpan(name.Length + 1, 10).SequenceEqual(date))
        {
            return false;
        }

        var rest = key.AsSpan(name.Length + 11);
        return serviceEvent.Subject is null || (rest.Length > serviceEvent.Subject.Length && rest[0] == '/' && rest[1..].StartsWith(serviceEvent.Subject, StringComparison.Ordinal));
    }

    /// <summary>The key of a scheduler-made item, written when first read.</summary>
    internal static string Render(PeriodKind kind, DeadlineRule? rule, ServiceEvent? trigger, int number)
    {
        var key = kind switch
        {
            PeriodKind.Event when trigger is not null => ForEvent(trigger),
            PeriodKind.Recurrence or PeriodKind.Rolling when trigger is not null => ForRecurrence(trigger, number),
            PeriodKind.Year => ForYear(number),
            PeriodKind.Awaiting => Awaiting(rule is { Events.Count: > 0 } ? rule.Events[0] : ServiceEventType.Launched),
            _ => Continuous,
        };

        // Advice about the same occurrence as a binding rule must not share its key (reminders are keyed by it).
        return kind is not (PeriodKind.Continuous or PeriodKind.Rolling) && rule is { IsAdvisory: true } ? key + "/advisory" : key;
    }
}
