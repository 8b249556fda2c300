using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>Turns one deadline rule of one obligation into dated occurrences for one service.</summary>
internal sealed class OccurrenceBuilder(PeriodCalculator periods)
{
    // A recurring duty older than a century of intervals is a data error, not a schedule.
    private const int MaxRecurrences = 240;

    private static string EventText(ServiceEvent e) => $"{KebabName<ServiceEventType>.Of(e.Type)} on {e.Date:yyyy-MM-dd}";

    private static readonly DeadlineText ContinuingDuty = Fixed("a continuing duty");

    private static DeadlineText Fixed(string text) => new(DeadlineTextShape.Fixed, Fixed: text);

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
                new SinceLastDoneBuilder(periods).Build(obligation, rule, regulation, items);
                break;
            default:
                items.Add(Continuous(obligation, regulation, rule));
                break;
        }
    }

    public ScheduleItem Continuous(ObligationContext obligation, Regulation? governing, DeadlineRule? rule = null)
    {
        var satisfaction = obligation.Matcher.Match(PeriodKeys.Continuous, trigger: null);
        var asOf = obligation.Service.AsOf;
        if (obligation.Service.TerminatedOn is { } terminated && terminated <= asOf)
        {
            if (obligation.Obligation.AfterTermination is { } after && terminated.AddMonths(after.Months) >= asOf)
            {
                var until = terminated.AddMonths(after.Months);
                return NewItem(
                    obligation,
                    PeriodKeys.Continuous,
                    status: satisfaction is not null ? ScheduleStatus.Satisfied : ScheduleStatus.Due,
                    deadline: Fixed($"{after.Description} ({after.Source.Display}): until at least {until:yyyy-MM-dd}, {after.Months} months after the termination on {terminated:yyyy-MM-dd}"),
                    satisfiedBy: satisfaction?.By,
                    reasons: [$"the service was terminated on {terminated:yyyy-MM-dd}; this duty outlives it ({after.Source.Display})"],
                    confidence: after.Source.Confidence);
            }

            return NewItem(
                obligation,
                PeriodKeys.Continuous,
                status: ScheduleStatus.NotApplicable,
                deadline: ContinuingDuty,
                reasons: [$"the service was terminated on {terminated:yyyy-MM-dd}"]);
        }

        var notYet = governing is not null && governing.IsUpcomingOn(asOf);
        return NewItem(
            obligation,
            PeriodKeys.Continuous,
            dueDate: notYet ? governing!.EffectiveOn : null,
            status: satisfaction is not null ? ScheduleStatus.Satisfied : notYet ? ScheduleStatus.Upcoming : ScheduleStatus.Due,
            deadline: notYet
                ? Fixed((rule is null ? string.Empty : rule.Headline + ": ") + $"a continuing duty from {governing!.EffectiveOn:yyyy-MM-dd}, when {governing.Id} takes effect")
                : rule is null ? ContinuingDuty : Fixed(rule.Headline + ": a continuing duty"),
            satisfiedBy: satisfaction?.By,
            isAdvisory: rule?.IsAdvisory ?? false,
            confidence: rule?.Confidence);
    }

    private void BuildEventDriven(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var any = false;
        ServiceEvent? first = null;
        foreach (var type in rule.Events)
        {
            foreach (var trigger in obligation.Service.EventsOf(type))
            {
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
        var key = AdvisoryKey(rule, PeriodKeys.ForEvent(trigger));
        List<string>? warnings = null;

        // A period cannot start before the rule that sets it took effect: count from the effective date instead.
        var start = trigger.Date;
        if (regulation.EffectiveOn is { } effective && start < effective)
        {
            if (rule.Kind == DeadlineRuleKind.BeforeEvent)
            {
                return NewItem(
                    obligation,
                    key,
                    status: ScheduleStatus.NotApplicable,
                    triggeredOn: trigger.Date,
                    deadline: new(DeadlineTextShape.Headline, rule),
                    reasons: [$"{EventText(trigger)} came before {regulation.Id} took effect on {effective:yyyy-MM-dd}"]);
            }

            start = effective;
            (warnings ??= []).Add($"{EventText(trigger)} came before {regulation.Id} took effect; counted from {effective:yyyy-MM-dd} (no transitional rule found).");
        }

        DateOnly? due;
        DeadlineText deadline;
        switch (rule.Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfterEvent or DeadlineRuleKind.CalendarDaysAfterEvent:
                var result = rule.Kind == DeadlineRuleKind.WorkingDaysAfterEvent
                    ? periods.AddWorkingDays(start, rule.Amount ?? 0)
                    : periods.AddCalendarDays(start, rule.Amount ?? 0);
                due = result.DueDate;
                deadline = result.WasExtended
                    ? new(DeadlineTextShape.ExtendedEvent, rule, trigger, Date: result.NominalDueDate)
                    : new(DeadlineTextShape.Event, rule, trigger);

                AddCalendarWarnings(result, ref warnings);
                break;
            case DeadlineRuleKind.BeforeEvent:
                due = trigger.Date.AddDays(-1);
                deadline = new(DeadlineTextShape.Before, rule, trigger);
                break;
            case DeadlineRuleKind.OnEvent when rule.IsPolicy:
                var target = obligation.Service.Profile.Policy.ValueOf(rule.PolicySetting!, 0);
                due = periods.AddWorkingDays(start, target).DueDate;
                deadline = new(DeadlineTextShape.PolicyTarget, rule, trigger, target);
                (warnings ??= []).Add($"The law sets no period; {due:yyyy-MM-dd} is your policy target ({rule.PolicySetting}), not a legal deadline.");
                break;
            default:
                due = null;
                deadline = new(DeadlineTextShape.Event, rule, trigger);
                (warnings ??= []).Add("The law sets no period for this duty; it stays due from the trigger until a record shows it done.");
                break;
        }

        var satisfaction = obligation.Matcher.Match(key, trigger);
        var status = trigger.Date > asOf && due is null
            ? ScheduleStatus.Upcoming
            : StatusFor(obligation, rule, regulation, due, satisfaction);
        AddLateWarning(satisfaction, due, ref warnings);
        return NewItem(
            obligation,
            key,
            dueDate: due,
            triggeredOn: trigger.Date,
            status: status,
            deadline: deadline,
            satisfiedBy: satisfaction?.By,
            warnings: warnings ?? [],
            isPolicy: rule.IsPolicy,
            confidence: rule.Confidence);
    }

    private void BuildRecurring(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var interval = IntervalOf(obligation.Service.Profile, rule);
        var any = false;
        foreach (var type in rule.Events)
        {
            foreach (var anchor in obligation.Service.EventsOf(type))
            {
                if (rule.ExpertReviewListOnly && !anchor.ExpertReviewList)
                {
                    continue;
                }

                any = true;
                BuildRecurrences(obligation, rule, regulation, anchor, interval, items);
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

        // Each interval runs from the last time the duty was done (or from its missed due date), so an early review
        // moves the following due dates; the ordinal in the key keeps each occurrence's identity stable.
        // A policy cadence is fixed from the anchor and never extended past rest days: the organisation chose it.
        var start = regulation.EffectiveOn is { } effective && anchor.Date < effective ? effective : anchor.Date;
        var last = start;
        for (var ordinal = 1; ordinal <= MaxRecurrences; ordinal++)
        {
            var result = rule.IsPolicy ? null : periods.AddMonths(last, interval);
            var due = result?.DueDate ?? start.AddMonths(ordinal * interval);
            if (terminated is { } end && due > end)
            {
                break;
            }

            while (next < performed.Count && performed[next] <= last)
            {
                next++;
            }

            var key = AdvisoryKey(rule, PeriodKeys.ForRecurrence(anchor, ordinal));
            Satisfaction? satisfaction = next < performed.Count
                ? new Satisfaction($"done on {performed[next]:yyyy-MM-dd}", performed[next])
                : obligation.Matcher.Match(key, anchor, includeUnscoped: false);
            List<string>? warnings = null;
            if (result is not null)
            {
                AddCalendarWarnings(result, ref warnings);
            }

            AddLateWarning(satisfaction, due, ref warnings);
            if (rule.IsPolicy)
            {
                (warnings ??= []).Add($"The law sets no interval; every {interval} months is your policy ({rule.PolicySetting}), not a legal deadline.");
            }

            // Advice looks forward: past advisory occurrences are not listed, only the one now running.
            if (!rule.IsAdvisory || due >= asOf)
            {
                items.Add(NewItem(
                    obligation,
                    key,
                    dueDate: due,
                    triggeredOn: anchor.Date,
                    status: StatusFor(obligation, rule, regulation, due, satisfaction),
                    deadline: new(DeadlineTextShape.Recurrence, rule, anchor, ordinal, Interval: interval),
                    satisfiedBy: satisfaction?.By,
                    warnings: warnings ?? [],
                    isPolicy: rule.IsPolicy,
                    isAdvisory: rule.IsAdvisory,
                    confidence: rule.Confidence));
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

    private void BuildYearly(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var asOf = obligation.Service.AsOf;
        var anchor = rule.Events.SelectMany(obligation.Service.EventsOf).OrderBy(e => e.Date).FirstOrDefault();
        if (anchor is null && rule.Events.Count > 0)
        {
            items.Add(Awaiting(obligation, rule));
            return;
        }

        var month = rule.Month ?? 12;
        var day = rule.Day ?? 31;
        var firstYear = anchor?.Date.Year ?? regulation.EffectiveOn?.Year ?? asOf.Year;
        for (var year = firstYear; year <= firstYear + MaxRecurrences; year++)
        {
            // The report about a year is due on the fixed date of the following year.
            var due = new DateOnly(year + 1, month, Math.Min(day, DateTime.DaysInMonth(year + 1, month)));
            if (regulation.EffectiveOn is { } effective && due < effective)
            {
                continue;
            }

            var key = AdvisoryKey(rule, PeriodKeys.ForYear(year));
            var satisfaction = obligation.Matcher.Match(key, anchor);
            items.Add(NewItem(
                obligation,
                key,
                dueDate: due,
                triggeredOn: anchor?.Date,
                status: StatusFor(obligation, rule, regulation, due, satisfaction),
                deadline: new(DeadlineTextShape.Year, rule, null, year, due),
                satisfiedBy: satisfaction?.By,
                isAdvisory: rule.IsAdvisory,
                confidence: rule.Confidence));

            if (due > asOf)
            {
                break;
            }
        }
    }

    internal static ScheduleItem Awaiting(ObligationContext obligation, DeadlineRule rule)
    {
        // Launch and ethics events are expected in a service's life; a change, incident or termination may never come.
        var first = rule.Events.Count > 0 ? rule.Events[0] : ServiceEventType.Launched;
        var expected = first is ServiceEventType.Launched or ServiceEventType.EthicsCommitteeEstablished;
        var eventName = KebabName<ServiceEventType>.Of(first);
        if (obligation.Service.TerminatedOn is { } terminated)
        {
            expected = false;
            eventName = $"{eventName} event before the termination on {terminated:yyyy-MM-dd}; the duty ended with the service, and no";
        }

        return NewItem(
            obligation,
            AdvisoryKey(rule, PeriodKeys.Awaiting(first)),
            status: expected ? ScheduleStatus.Upcoming : ScheduleStatus.NotApplicable,
            deadline: new(DeadlineTextShape.Headline, rule),
            reasons: [expected ? $"starts when {eventName} is recorded" : $"no {eventName} event recorded"],
            isPolicy: rule.IsPolicy,
            isAdvisory: rule.IsAdvisory,
            confidence: rule.Confidence);
    }

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

    // Advice about the same occurrence as a binding rule must not share its key (reminders are keyed by it).
    private static string AdvisoryKey(DeadlineRule rule, string key) => rule.IsAdvisory ? key + "/advisory" : key;

    private static int IntervalOf(ServiceProfile profile, DeadlineRule rule) =>
        rule.PolicySetting is { } setting ? profile.Policy.ValueOf(setting, rule.Amount ?? 0) : rule.Amount ?? 0;

    internal static void AddCalendarWarnings(DeadlineResult result, ref List<string>? warnings)
    {
        foreach (var warning in result.Warnings)
        {
            (warnings ??= []).Add(warning.Message);
        }
    }

    private static void AddLateWarning(Satisfaction? satisfaction, DateOnly? due, ref List<string>? warnings)
    {
        if (satisfaction is { On: { } on } && due is { } date && on > date)
        {
            (warnings ??= []).Add($"Done on {on:yyyy-MM-dd}, after the due date {date:yyyy-MM-dd}.");
        }
    }

    internal static ScheduleItem NewItem(
        ObligationContext obligation,
        string periodKey,
        ScheduleStatus status = ScheduleStatus.Due,
        DateOnly? dueDate = null,
        DateOnly? triggeredOn = null,
        DeadlineText deadline = default,
        string? satisfiedBy = null,
        IReadOnlyList<string>? warnings = null,
        IReadOnlyList<string>? reasons = null,
        bool isPolicy = false,
        bool isAdvisory = false,
        Confidence? confidence = null) => new()
    {
        Service = obligation.Service.Profile.Name,
        ObligationId = obligation.Obligation.Id,
        SeedRef = obligation.Obligation.SeedRef,
        Title = obligation.Obligation.Title,
        PeriodKey = periodKey,
        Status = status,
        DueDate = dueDate,
        TriggeredOn = triggeredOn,
        Applicability = obligation.Reasons,
        ExtraReasons = reasons ?? [],
        DeadlineParts = deadline,
        Citations = obligation.Citations,
        Confidence = confidence ?? obligation.Obligation.Confidence,
        Warnings = warnings ?? [],
        SatisfiedBy = satisfiedBy,
        IsPolicy = isPolicy,
        IsAdvisory = isAdvisory,
    };

    /// <summary>The one item of an obligation that does not apply to the service.</summary>
    public static ScheduleItem NotApplicable(ScheduleContext service, Obligation obligation, ApplicabilityReasons reasons, IReadOnlyList<string> citations) => new()
    {
        Service = service.Profile.Name,
        ObligationId = obligation.Id,
        SeedRef = obligation.SeedRef,
        Title = obligation.Title,
        PeriodKey = PeriodKeys.Continuous,
        Status = ScheduleStatus.NotApplicable,
        Applicability = reasons,
        Deadline = string.Empty,
        Citations = citations,
        Confidence = obligation.Confidence,
    };
}
