using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// The parts of an item's "how the date was worked out" sentence, kept as values and rendered on first read: a bulk
/// schedule computes every date but prints few sentences.
/// </summary>
internal readonly record struct DeadlineText(
    DeadlineTextShape Shape, DeadlineRule? Rule = null, ServiceEvent? Trigger = null, int Number = 0, DateOnly Date = default, string? Fixed = null, int Interval = 0)
{
    public string Render()
    {
        if (Shape == DeadlineTextShape.Fixed)
        {
            return Fixed ?? string.Empty;
        }

        var head = Rule!.Headline;
        var eventText = Trigger is null ? string.Empty : $"{KebabName<ServiceEventType>.Of(Trigger.Type)} on {Trigger.Date:yyyy-MM-dd}";
        return Shape switch
        {
            DeadlineTextShape.Headline => head,
            DeadlineTextShape.Event => $"{head}: {eventText}",
            DeadlineTextShape.ExtendedEvent => $"{head}: {eventText}; day {Rule.Amount} ({Date:yyyy-MM-dd}) is a rest day, extended to the next working day (Civil Code Art. 203)",
            DeadlineTextShape.Before => $"{head}: before {eventText}",
            DeadlineTextShape.PolicyTarget => $"{head}: {eventText}; your target is {Number} working days ({Rule.PolicySetting})",
            DeadlineTextShape.Recurrence => $"{head}: every {Interval} months from {eventText}, occurrence {Number}",
            DeadlineTextShape.Year => $"{head}: the report on {Number} is due by {Date:yyyy-MM-dd}",
            _ => head,
        };
    }
}

/// <summary>The sentence shapes of <see cref="DeadlineText"/>.</summary>
internal enum DeadlineTextShape : byte
{
    Fixed,
    Headline,
    Event,
    ExtendedEvent,
    Before,
    PolicyTarget,
    Recurrence,
    Year,
}
