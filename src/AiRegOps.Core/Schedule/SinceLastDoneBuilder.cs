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
    public void Build(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var outsideGate = rule.GateOptIn && !obligation.Service.Profile.Policy.GateRecommendedStandards;
        var any = false;
        foreach (var type in rule.Events)
        {
            foreach (var anchor in obligation.Service.EventsOf(type))
            {
                any = true;
                Build(obligation, rule, regulation, anchor, outsideGate, items);
            }
        }

        if (!any)
        {
            items.Add(OccurrenceBuilder.Awaiting(obligation, rule) with { OutsideGate = outsideGate });
        }
    }

    private void Build(ObligationContext obligation, DeadlineRule rule, Regulation regulation, ServiceEvent anchor, bool outsideGate, List<ScheduleItem> items)
    {
        var asOf = obligation.Service.AsOf;
        var done = obligation.Matcher.PerformedDates(anchor).Where(d => d <= asOf).ToList();
        var start = regulation.EffectiveOn is { } effective && anchor.Date < effective ? effective : anchor.Date;
        DateOnly? last = done.Count > 0 ? done.Max() : null;
        var from = last is { } l && l > start ? l : start;
        var amount = rule.Amount ?? 1;
        var days = rule.Kind == DeadlineRuleKind.EveryDaysSinceLastDone;
        var result = days ? periods.AddCalendarDays(from, amount) : periods.AddMonths(from, amount);
        var unit = days ? "days" : "months";
        var since = last is { } lastDone
            ? $"the last recorded update on {lastDone:yyyy-MM-dd}"
            : $"{KebabName<ServiceEventType>.Of(anchor.Type)} on {anchor.Date:yyyy-MM-dd} (no update recorded yet)";
        if (last is { } previous)
        {
            items.Add(OccurrenceBuilder.NewItem(
                obligation,
                PeriodKeys.ForRecurrence(anchor, done.Count),
                status: ScheduleStatus.Satisfied,
                dueDate: previous,
                triggeredOn: anchor.Date,
                deadline: $"{rule.Description} ({rule.Source.Display})",
                satisfiedBy: $"updated on {previous:yyyy-MM-dd}") with { OutsideGate = outsideGate });
        }

        List<string>? warnings = null;
        OccurrenceBuilder.AddCalendarWarnings(result, ref warnings);
        if (rule.GateOptIn)
        {
            (warnings ??= []).Add(outsideGate
                ? "From a recommended standard: scheduled and reminded, outside the CI gate unless spec.policy.gateRecommendedStandards is true."
                : "From a recommended standard, gated because spec.policy.gateRecommendedStandards is true.");
        }

        items.Add(OccurrenceBuilder.NewItem(
            obligation,
            PeriodKeys.ForRecurrence(anchor, done.Count + 1),
            status: OccurrenceBuilder.StatusFor(obligation, rule, regulation, result.DueDate, satisfaction: null),
            dueDate: result.DueDate,
            triggeredOn: anchor.Date,
            deadline: $"{rule.Description} ({rule.Source.Display}): every {amount} {unit} since {since}",
            warnings: warnings ?? [],
            isPolicy: rule.IsPolicy,
            isAdvisory: rule.IsAdvisory) with { OutsideGate = outsideGate });
    }
}
