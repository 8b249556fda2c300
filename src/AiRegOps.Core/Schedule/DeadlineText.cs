using System.Globalization;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Writes an item's "how the date was worked out" sentence from the values the item keeps: a bulk schedule computes
/// every date but prints few sentences, so the sentence is written only when read.
/// </summary>
internal static class DeadlineText
{
    private const string ContinuingDuty = "a continuing duty";

    /// <param name="shape">Which sentence.</param>
    /// <param name="rule">The rule that set the date.</param>
    /// <param name="trigger">The event the period runs from.</param>
    /// <param name="number">The occurrence, the year reported on, or the policy target in working days.</param>
    /// <param name="detail">The nominal last day (day number + 1) before an extension, the interval in months, or the last update (day number + 1).</param>
    /// <param name="due">The due date.</param>
    public static string Render(DeadlineShape shape, DeadlineRule? rule, ServiceEvent? trigger, int number, int detail, DateOnly? due)
    {
        if (shape == DeadlineShape.None)
        {
            return string.Empty;
        }

        if (shape == DeadlineShape.Continuing || rule is null)
        {
            return ContinuingDuty;
        }

        var head = rule.Headline;
        var eventText = trigger is null ? string.Empty : EventText(trigger);
        return shape switch
        {
            DeadlineShape.ContinuingRule => $"{head}: {ContinuingDuty}",
            DeadlineShape.Event => $"{head}: {eventText}",
            DeadlineShape.ExtendedEvent => $"{head}: {eventText}; day {rule.Amount} ({DayOf(detail):yyyy-MM-dd}) is a rest day, extended to the next working day (Civil Code Art. 203)",
            DeadlineShape.Before => $"{head}: before {eventText}",
            DeadlineShape.PolicyTarget => $"{head}: {eventText}; your target is {number} working days ({rule.PolicySetting})",
            DeadlineShape.Recurrence => $"{head}: every {detail} months from {eventText}, occurrence {number}",
            DeadlineShape.Year => $"{head}: the report on {number} is due by {due:yyyy-MM-dd}",
            DeadlineShape.SinceLastDone => string.Create(CultureInfo.InvariantCulture, $"{head}: every {rule.Amount ?? 1} {(rule.Kind == DeadlineRuleKind.EveryDaysSinceLastDone ? "days" : "months")} since {Since(trigger, detail)}"),
            _ => head,
        };
    }

    /// <summary>"launched on 2025-09-26".</summary>
    public static string EventText(ServiceEvent e) => $"{KebabName<ServiceEventType>.Of(e.Type)} on {e.Date:yyyy-MM-dd}";

    private static string Since(ServiceEvent? anchor, int lastDone) => lastDone != 0
        ? $"the last recorded update on {DayOf(lastDone):yyyy-MM-dd}"
        : anchor is null ? string.Empty : $"{EventText(anchor)} (no update recorded yet)";

    private static DateOnly DayOf(int dayNumberPlusOne) => DateOnly.FromDayNumber(dayNumberPlusOne - 1);
}

/// <summary>The sentence shapes of <see cref="DeadlineText"/>.</summary>
internal enum DeadlineShape : byte
{
    None,
    Continuing,
    ContinuingRule,
    Headline,
    Event,
    ExtendedEvent,
    Before,
    PolicyTarget,
    Recurrence,
    Year,
    SinceLastDone,
}
