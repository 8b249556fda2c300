using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Turns one deadline rule of one obligation into dated occurrences for one service. It keeps to values and shared
/// references: the sentences of an item are written when read (see <see cref="ScheduleItem"/>).
/// </summary>
internal sealed class OccurrenceBuilder(PeriodCalculator periods)
{
    // A recurring duty older than a century of intervals is a data error, not a schedule.
    private const int MaxRecurrences = 240;

    private const string NoPeriodWarning = "The law sets no period for this duty; it stays due from the trigger until a record shows it done.";

    private static readonly IReadOnlyList<string> NoPeriodWarnings = [NoPeriodWarning];

    private readonly SinceLastDoneBuilder sinceLastDone = new(periods);

    public void Build(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        switch (rule.Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfterEvent:
            case DeadlineRuleKind.CalendarDaysAfterEvent:
            case DeadlineRuleKind.BeforeEvent:
            case DeadlineRuleKind.OnEvent:
                BuildEventDriven(obligation, rule, regulation, items);
                break;
            case DeadlineRuleKind.EveryMonthsAfterEvent:
                BuildRecurring(obligation, rule, regulation, items);
                break;
            case DeadlineRuleKind.FixedDateEachYear:
                BuildYearly(obligation, rule, regulation, items);
                break;
            case DeadlineRuleKind.EveryDaysSinceLastDone or DeadlineRuleKind.EveryMonthsSinceLastDone:
                sinceLastDone.Build(obligation, rule, regulation, items);
                break;
            default:
                items.Add(Continuous(obligation, regulation, rule));
                break;
        }
    }

    public static ScheduleItem Continuous(ObligationContext obligation, Regulation? governing, DeadlineRule? rule = null)
    {
        var satisfaction = obligation.Matcher.Match(PeriodKey.Continuous, trigger: null);
        var asOf = obligation.Service.AsOf;
        if (obligation.Service.TerminatedOn is { } terminated && terminated <= asOf)
        {
            if (obligation.Obligation.AfterTermination is { } after && terminated.AddMonths(after.Months) >= asOf)
            {
                var until = terminated.AddMonths(after.Months);
                return obligation.Item(new ItemValues
                {
                    Status = satisfaction is not null ? ScheduleStatus.Satisfied : ScheduleStatus.Due,
                    Satisfaction = satisfaction,
                    Extras = new ItemExtras(
                        $"{after.Description} ({after.Source.Display}): until at least {until:yyyy-MM-dd}, {after.Months} months after the termination on {terminated:yyyy-MM-dd}",
                        [$"the service was terminated on {terminated:yyyy-MM-dd}; this duty outlives it ({after.Source.Display})"]),
                    Confidence = after.Source.Confidence,
                });
            }

            return obligation.Item(new ItemValues
            {
                Status = ScheduleStatus.NotApplicable,
                Shape = DeadlineShape.Continuing,
                Extras = new ItemExtras(Reasons: [$"the service was terminated on {terminated:yyyy-MM-dd}"]),
            });
        }

        var notYet = governing is not null && governing.IsUpcomingOn(asOf);
        return obligation.Item(new ItemValues
        {
            Rule = rule,
            Due = notYet ? governing!.EffectiveOn : null,
            Status = satisfaction is not null ? ScheduleStatus.Satisfied : notYet ? ScheduleStatus.Upcoming : ScheduleStatus.Due,
            Shape = rule is null ? DeadlineShape.Continuing : DeadlineShape.ContinuingRule,
            Extras = notYet
                ? new ItemExtras((rule is null ? string.Empty : rule.Headline + ": ") + $"a continuing duty from {governing!.EffectiveOn:yyyy-MM-dd}, when {governing.Id} takes effect")
                : null,
            Satisfaction = satisfaction,
            Flags = rule is { IsAdvisory: true } ? ItemFlags.Advisory : ItemFlags.None,
            Confidence = rule?.Confidence,
        });
    }

    private void BuildEventDriven(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var any = false;
        ServiceEvent? first = null;
        var types = rule.Events;
        for (var t = 0; t < types.Count; t++)
        {
            var triggers = obligation.Service.EventsOf(types[t]);
            for (var i = 0; i < triggers.Count; i++)
            {
                var trigger = triggers[i];
                if ((rule.ExpertReviewListOnly && !trigger.ExpertReviewList) || (rule.ApplicableEventsOnly && !Qualifies(obligation, trigger)))
                {
                    continue;
                }

                if (rule.FirstApplicableEventOnly)
                {
                    first = first is null || trigger.Date < first.Date ? trigger : first;
                    continue;
                }

                any = true;
                items.Add(ForEvent(obligation, rule, regulation, trigger));
            }
        }

        if (first is not null)
        {
            any = true;
            items.Add(ForEvent(obligation, rule, regulation, first));
        }

        if (!any)
        {
            items.Add(Awaiting(obligation, rule));
        }
    }

    // An event brings the duty only if the obligation applied that day; an added function must add a public channel.
    private static bool Qualifies(ObligationContext obligation, ServiceEvent trigger)
    {
        if (trigger.Type == ServiceEventType.FunctionAdded && trigger.Feature is { } feature
            && FeatureVocabulary.TryGet(feature, out var definition) && definition.Basis == PublicOpinionBasis.None)
        {
            return false;
        }

        return obligation.Service.AppliesOn(obligation.Obligation, trigger.Date);
    }

    private ScheduleItem ForEvent(ObligationContext obligation, DeadlineRule rule, Regulation regulation, ServiceEvent trigger)
    {
        var asOf = obligation.Service.AsOf;
        var warnings = default(WarningList);

        // A period cannot start before the rule that sets it took effect: count from the effective date instead.
        var start = trigger.Date;
        if (regulation.EffectiveOn is { } effective && start < effective)
        {
            if (rule.Kind == DeadlineRuleKind.BeforeEvent)
            {
                return obligation.Item(new ItemValues
                {
                    Key = PeriodKind.Event,
                    Rule = rule,
                    Trigger = trigger,
                    Status = ScheduleStatus.NotApplicable,
                    Shape = DeadlineShape.Headline,
                    Extras = new ItemExtras(Reasons: [$"{DeadlineText.EventText(trigger)} came before {regulation.Id} took effect on {effective:yyyy-MM-dd}"]),
                });
            }

            start = effective;
            warnings.Add($"{DeadlineText.EventText(trigger)} came before {regulation.Id} took effect; counted from {effective:yyyy-MM-dd} (no transitional rule found).");
        }

        DateOnly? due;
        var shape = DeadlineShape.Event;
        var number = 0;
        var detail = 0;
        switch (rule.Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfterEvent or DeadlineRuleKind.CalendarDaysAfterEvent:
                var end = rule.Kind == DeadlineRuleKind.WorkingDaysAfterEvent
                    ? periods.WorkingDaysEnd(start, rule.Amount ?? 0)
                    : periods.CalendarDaysEnd(start, rule.Amount ?? 0);
                due = end.DueDate;
                if (end.WasExtended)
                {
                    shape = DeadlineShape.ExtendedEvent;
                    detail = end.NominalDueDate.DayNumber + 1;
                }

                warnings.AddCalendar(periods.Calendar, end);
                break;
            case DeadlineRuleKind.BeforeEvent:
                due = trigger.Date.AddDays(-1);
                shape = DeadlineShape.Before;
                break;
            case DeadlineRuleKind.OnEvent when rule.IsPolicy:
                number = obligation.Service.Profile.Policy.ValueOf(rule.PolicySetting!, 0);
                due = periods.WorkingDaysEnd(start, number).DueDate;
                shape = DeadlineShape.PolicyTarget;
                warnings.Add($"The law sets no period; {due:yyyy-MM-dd} is your policy target ({rule.PolicySetting}), not a legal deadline.");
                break;
            default:
                due = null;
                warnings.Add(NoPeriodWarning, NoPeriodWarnings);
                break;
        }

        var satisfaction = obligation.Matcher.Match(new PeriodKey(PeriodKind.Event, rule, trigger), trigger);
        var status = trigger.Date > asOf && due is null
            ? ScheduleStatus.Upcoming
            : StatusFor(obligation, rule, regulation, due, satisfaction);
        AddLateWarning(satisfaction, due, ref warnings);
        return obligation.Item(new ItemValues
        {
            Key = PeriodKind.Event,
            Rule = rule,
            Trigger = trigger,
            Due = due,
            Status = status,
            Shape = shape,
            Number = number,
            Detail = detail,
            Satisfaction = satisfaction,
            Warnings = warnings.ToList(),
            Flags = rule.IsPolicy ? ItemFlags.Policy : ItemFlags.None,
            Confidence = rule.Confidence,
        });
    }

    private void BuildRecurring(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var interval = IntervalOf(obligation.Service.Profile, rule);
        var any = false;
        var types = rule.Events;
        for (var t = 0; t < types.Count; t++)
        {
            var anchors = obligation.Service.EventsOf(types[t]);
            for (var i = 0; i < anchors.Count; i++)
            {
                if (rule.ExpertReviewListOnly && !anchors[i].ExpertReviewList)
                {
                    continue;
                }

                any = true;
                BuildRecurrences(obligation, rule, regulation, anchors[i], interval, items);
            }
        }

        if (!any)
        {
            items.Add(Awaiting(obligation, rule));
        }
    }

    private void BuildRecurrences(
        ObligationContext obligation, DeadlineRule rule, Regulation regulation, ServiceEvent anchor, int interval, List<ScheduleItem> items)
    {
        var asOf = obligation.Service.AsOf;
        var terminated = obligation.Service.TerminatedOn;
        var performed = obligation.Matcher.PerformedDates(anchor);
        var next = 0;
        var policyWarnings = rule.IsPolicy ? PolicyIntervalWarnings.For(rule, interval) : null;
        var flags = (rule.IsPolicy ? ItemFlags.Policy : ItemFlags.None) | (rule.IsAdvisory ? ItemFlags.Advisory : ItemFlags.None);

        // Each interval runs from the last time the duty was done (or from its missed due date), so an early review
        // moves the following due dates; the ordinal in the key keeps each occurrence's identity stable.
        // A policy cadence is fixed from the anchor and never extended past rest days: the organisation chose it.
        var start = regulation.EffectiveOn is { } effective && anchor.Date < effective ? effective : anchor.Date;
        var last = start;
        for (var ordinal = 1; ordinal <= MaxRecurrences; ordinal++)
        {
            PeriodEnd? end = rule.IsPolicy ? null : periods.MonthsEnd(last, interval);
            var due = end?.DueDate ?? start.AddMonths(ordinal * interval);
            if (terminated is { } stop && due > stop)
            {
                break;
            }

            while (next < performed.Count && performed[next] <= last)
            {
                next++;
            }

            Satisfaction? satisfaction = next < performed.Count
                ? new Satisfaction(SatisfactionKind.DoneOn, null, performed[next])
                : obligation.Matcher.Match(new PeriodKey(PeriodKind.Recurrence, rule, anchor, ordinal), anchor, includeUnscoped: false);
            var warnings = default(WarningList);
            if (end is { } period)
            {
                warnings.AddCalendar(periods.Calendar, period);
            }

            AddLateWarning(satisfaction, due, ref warnings);
            if (policyWarnings is not null)
            {
                warnings.Add(policyWarnings[0], policyWarnings);
            }

            // Advice looks forward: past advisory occurrences are not listed, only the one now running.
            if (!rule.IsAdvisory || due >= asOf)
            {
                items.Add(obligation.Item(new ItemValues
                {
                    Key = PeriodKind.Recurrence,
                    Rule = rule,
                    Trigger = anchor,
                    Due = due,
                    Status = StatusFor(obligation, rule, regulation, due, satisfaction),
                    Shape = DeadlineShape.Recurrence,
                    Number = ordinal,
                    Detail = interval,
                    Satisfaction = satisfaction,
                    Warnings = warnings.ToList(),
                    Flags = flags,
                    Confidence = rule.Confidence,
                }));
            }

            if (rule.IsPolicy)
            {
                last = due;
                if (satisfaction is not null)
                {
                    next++;
                }
            }
            else if (satisfaction is { On: { } doneOn })
            {
                last = doneOn;
                next++;
            }
            else
            {
                last = due;
            }

            if (due > asOf && satisfaction is null)
            {
                break;
            }
        }
    }

    private static void BuildYearly(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var asOf = obligation.Service.AsOf;
        ServiceEvent? anchor = null;
        for (var t = 0; t < rule.Events.Count; t++)
        {
            var events = obligation.Service.EventsOf(rule.Events[t]);
            if (events.Count > 0 && (anchor is null || events[0].Date < anchor.Date))
            {
                anchor = events[0];
            }
        }

        if (anchor is null && rule.Events.Count > 0)
        {
            items.Add(Awaiting(obligation, rule));
            return;
        }

        var month = rule.Month ?? 12;
        var day = rule.Day ?? 31;
        var firstYear = anchor?.Date.Year ?? regulation.EffectiveOn?.Year ?? asOf.Year;
        var flags = rule.IsAdvisory ? ItemFlags.Advisory : ItemFlags.None;
        for (var year = firstYear; year <= firstYear + MaxRecurrences; year++)
        {
            // The report about a year is due on the fixed date of the following year.
            var due = new DateOnly(year + 1, month, Math.Min(day, DateTime.DaysInMonth(year + 1, month)));
            if (regulation.EffectiveOn is { } effective && due < effective)
            {
                continue;
            }

            var satisfaction = obligation.Matcher.Match(new PeriodKey(PeriodKind.Year, rule, anchor, year), anchor);
            items.Add(obligation.Item(new ItemValues
            {
                Key = PeriodKind.Year,
                Rule = rule,
                Trigger = anchor,
                Due = due,
                Status = StatusFor(obligation, rule, regulation, due, satisfaction),
                Shape = DeadlineShape.Year,
                Number = year,
                Satisfaction = satisfaction,
                Flags = flags,
                Confidence = rule.Confidence,
            }));

            if (due > asOf)
            {
                break;
            }
        }
    }

    internal static ScheduleItem Awaiting(ObligationContext obligation, DeadlineRule rule, bool outsideGate = false) => obligation.Item(new ItemValues
    {
        Key = PeriodKind.Awaiting,
        Rule = rule,
        Status = IsExpected(obligation.Service, rule) ? ScheduleStatus.Upcoming : ScheduleStatus.NotApplicable,
        Shape = DeadlineShape.Headline,
        Flags = (rule.IsPolicy ? ItemFlags.Policy : ItemFlags.None)
            | (rule.IsAdvisory ? ItemFlags.Advisory : ItemFlags.None)
            | (outsideGate ? ItemFlags.OutsideGate : ItemFlags.None),
        Confidence = rule.Confidence,
    });

    /// <summary>Why a duty waiting for its event is listed: written when the reasons of an awaiting item are read.</summary>
    internal static string AwaitingReason(ScheduleContext service, DeadlineRule rule)
    {
        var eventName = KebabName<ServiceEventType>.Of(FirstEvent(rule));
        if (service.TerminatedOn is { } terminated)
        {
            eventName = $"{eventName} event before the termination on {terminated:yyyy-MM-dd}; the duty ended with the service, and no";
        }

        return IsExpected(service, rule) ? $"starts when {eventName} is recorded" : $"no {eventName} event recorded";
    }

    // Launch and ethics events are expected in a service's life; a change, incident or termination may never come.
    private static bool IsExpected(ScheduleContext service, DeadlineRule rule) =>
        service.TerminatedOn is null && FirstEvent(rule) is ServiceEventType.Launched or ServiceEventType.EthicsCommitteeEstablished;

    private static ServiceEventType FirstEvent(DeadlineRule rule) => rule.Events.Count > 0 ? rule.Events[0] : ServiceEventType.Launched;

    internal static ScheduleStatus StatusFor(
        ObligationContext obligation, DeadlineRule rule, Regulation regulation, DateOnly? due, Satisfaction? satisfaction)
    {
        var asOf = obligation.Service.AsOf;
        if (satisfaction is not null)
        {
            return ScheduleStatus.Satisfied;
        }

        // Advice is shown whatever its instrument's status; a rule of an instrument not yet in force is upcoming.
        if (!rule.IsAdvisory && !regulation.IsBindingOn(asOf))
        {
            return ScheduleStatus.Upcoming;
        }

        if (due is not { } date)
        {
            return ScheduleStatus.Due;
        }

        if (asOf > date)
        {
            return rule.IsAdvisory ? ScheduleStatus.Due : rule.IsPolicy ? ScheduleStatus.PastPolicyTarget : ScheduleStatus.Overdue;
        }

        return asOf >= date.AddDays(-obligation.Service.Profile.Policy.ReminderLeadDays) ? ScheduleStatus.Due : ScheduleStatus.Upcoming;
    }

    private static int IntervalOf(ServiceProfile profile, DeadlineRule rule) =>
        rule.PolicySetting is { } setting ? profile.Policy.ValueOf(setting, rule.Amount ?? 0) : rule.Amount ?? 0;

    private static void AddLateWarning(Satisfaction? satisfaction, DateOnly? due, ref WarningList warnings)
    {
        if (satisfaction is { On: { } on } && due is { } date && on > date)
        {
            warnings.Add($"Done on {on:yyyy-MM-dd}, after the due date {date:yyyy-MM-dd}.");
        }
    }

    /// <summary>The one item of an obligation that does not apply to the service.</summary>
    public static ScheduleItem NotApplicable(ObligationContext obligation) =>
        obligation.Item(new ItemValues { Status = ScheduleStatus.NotApplicable });
}
