using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Rolling duties dated from the last recorded update (GB/T 45654 keyword library weekly, test banks monthly): the
/// next occurrence falls due N days or months after the latest completion or evidence, or after the anchoring event
/// when nothing is recorded. One open occurrence at a time; the last done one is listed as satisfied so its reminder closes.
/// </summary>
internal sealed class SinceLastDoneBuilder(PeriodCalculator periods)
{
    private static readonly IReadOnlyList<string> OutsideGateWarning =
        ["From a recommended standard: scheduled and reminded, outside the CI gate unless spec.policy.gateRecommendedStandards is true."];

    private static readonly IReadOnlyList<string> GatedWarning =
        ["From a recommended standard, gated because spec.policy.gateRecommendedStandards is true."];

    public void Build(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var outsideGate = rule.GateOptIn && !obligation.Service.Profile.Policy.GateRecommendedStandards;
        var any = false;
        for (var t = 0; t < rule.Events.Count; t++)
        {
            var anchors = obligation.Service.EventsOf(rule.Events[t]);
            for (var i = 0; i < anchors.Count; i++)
            {
                any = true;
                Build(obligation, rule, regulation, anchors[i], outsideGate, items);
            }
        }

        if (!any)
        {
            items.Add(OccurrenceBuilder.Awaiting(obligation, rule, outsideGate));
        }
    }

    private void Build(ObligationContext obligation, DeadlineRule rule, Regulation regulation, ServiceEvent anchor, bool outsideGate, List<ScheduleItem> items)
    {
        var asOf = obligation.Service.AsOf;
        var performed = obligation.Matcher.PerformedDates(anchor);
        var doneCount = 0;
        DateOnly? last = null;
        for (var i = 0; i < performed.Count; i++)
        {
            if (performed[i] <= asOf)
            {
                doneCount++;
                last = last is { } l && l > performed[i] ? l : performed[i];
            }
        }

        var start = regulation.EffectiveOn is { } effective && anchor.Date < effective ? effective : anchor.Date;
        var from = last is { } latest && latest > start ? latest : start;
        var amount = rule.Amount ?? 1;
        var end = rule.Kind == DeadlineRuleKind.EveryDaysSinceLastDone ? periods.CalendarDaysEnd(from, amount) : periods.MonthsEnd(from, amount);
        var gate = outsideGate ? ItemFlags.OutsideGate : ItemFlags.None;
        if (last is { } previous)
        {
            items.Add(obligation.Item(new ItemValues
            {
                Key = PeriodKind.Rolling,
                Rule = rule,
                Trigger = anchor,
                Number = doneCount,
                Status = ScheduleStatus.Satisfied,
                Due = previous,
                Shape = DeadlineShape.Headline,
                Satisfaction = new Satisfaction(SatisfactionKind.UpdatedOn, null, previous),
                Flags = gate,
            }));
        }

        var warnings = default(WarningList);
        warnings.AddCalendar(periods.Calendar, end);
        if (rule.GateOptIn)
        {
            var gateWarning = outsideGate ? OutsideGateWarning : GatedWarning;
            warnings.Add(gateWarning[0], gateWarning);
        }

        items.Add(obligation.Item(new ItemValues
        {
            Key = PeriodKind.Rolling,
            Rule = rule,
            Trigger = anchor,
            Number = doneCount + 1,
            Status = OccurrenceBuilder.StatusFor(obligation, rule, regulation, end.DueDate, satisfaction: null),
            Due = end.DueDate,
            Shape = DeadlineShape.SinceLastDone,
            Detail = last is { } lastDone ? lastDone.DayNumber + 1 : 0,
            Warnings = warnings.ToList(),
            Flags = gate | (rule.IsPolicy ? ItemFlags.Policy : ItemFlags.None) | (rule.IsAdvisory ? ItemFlags.Advisory : ItemFlags.None),
        }));
    }
}
