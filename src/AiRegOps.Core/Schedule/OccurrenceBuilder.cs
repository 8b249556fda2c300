using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>Turns one deadline rule of one obligation into dated occurrences for one service.</summary>
internal sealed class OccurrenceBuilder(PeriodCalculator periods)
{
    // A recurring duty older than a century of intervals is a data error, not a schedule.
    private const int MaxRecurrences = 240;

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
                items.Add(Continuous(obligation, regulation));
                break;
        }
    }

    public ScheduleItem Continuous(ObligationContext obligation, Regulation? governing)
    {
        var satisfaction = obligation.Matcher.Match(PeriodKeys.Continuous, trigger: null);
        var asOf = obligation.Service.AsOf;
        if (obligation.Service.TerminatedOn is { } terminated && terminated <= asOf)
        {
            return NewItem(
                obligation,
                PeriodKeys.Continuous,
                status: ScheduleStatus.NotApplicable,
                deadline: "a continuing duty",
                reasons: [.. obligation.Reasons, $"the service was terminated on {terminated:yyyy-MM-dd}"]);
        }

        var notYet = governing is not null && governing.IsUpcomingOn(asOf);
        return NewItem(
            obligation,
            PeriodKeys.Continuous,
            dueDate: notYet ? governing!.EffectiveOn : null,
            status: satisfaction is not null ? ScheduleStatus.Satisfied : notYet ? ScheduleStatus.Upcoming : ScheduleStatus.Due,
            deadline: notYet ? $"a continuing duty from {governing!.EffectiveOn:yyyy-MM-dd}, when {governing.Id} takes effect" : "a continuing duty",
            satisfiedBy: satisfaction?.By);
    }

    private void BuildEventDriven(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var any = false;
        foreach (var type in rule.Events)
        {
            foreach (var trigger in obligation.Service.EventsOf(type))
            {
                if (rule.ExpertReviewListOnly && !trigger.ExpertReviewList)
                {
                    continue;
                }

                any = true;
                items.Add(ForEvent(obligation, rule, regulation, trigger));
            }
        }

        if (!any)
        {
            items.Add(Awaiting(obligation, rule));
        }
    }

    private ScheduleItem ForEvent(ObligationContext obligation, DeadlineRule rule, Regulation regulation, ServiceEvent trigger)
    {
        var asOf = obligation.Service.AsOf;
        var key = AdvisoryKey(rule, PeriodKeys.ForEvent(trigger));
        var eventText = $"{KebabName<ServiceEventType>.Of(trigger.Type)} on {trigger.Date:yyyy-MM-dd}";
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
                    deadline: $"{rule.Description} ({rule.Source.Display})",
                    reasons: [.. obligation.Reasons, $"{eventText} came before {regulation.Id} took effect on {effective:yyyy-MM-dd}"]);
            }

            start = effective;
            (warnings ??= []).Add($"{eventText} came before {regulation.Id} took effect; counted from {effective:yyyy-MM-dd} (no transitional rule found).");
        }

        DateOnly? due;
        string deadline;
        switch (rule.Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfterEvent or DeadlineRuleKind.CalendarDaysAfterEvent:
                var result = rule.Kind == DeadlineRuleKind.WorkingDaysAfterEvent
                    ? periods.AddWorkingDays(start, rule.Amount ?? 0)
                    : periods.AddCalendarDays(start, rule.Amount ?? 0);
                due = result.DueDate;
                deadline = $"{rule.Description} ({rule.Source.Display}): {eventText}";
                if (result.WasExtended)
                {
                    deadline += $"; day {rule.Amount} ({result.NominalDueDate:yyyy-MM-dd}) is a rest day, extended to the next working day (Civil Code Art. 203)";
                }

                AddCalendarWarnings(result, ref warnings);
                break;
            case DeadlineRuleKind.BeforeEvent:
                due = trigger.Date.AddDays(-1);
                deadline = $"{rule.Description} ({rule.Source.Display}): before {eventText}";
                break;
            default:
                due = null;
                deadline = $"{rule.Description} ({rule.Source.Display}): {eventText}";
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
            warnings: warnings ?? []);
    }

    private void BuildRecurring(ObligationContext obligation, DeadlineRule rule, Regulation regulation, List<ScheduleItem> items)
    {
        var interval = IntervalOf(obligation.Service.Profile, rule);
        var any = false;
        foreach (var type in rule.Events)
        {
            foreach (var anchor in obligation.Service.EventsOf(type))
            {
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
        var last = regulation.EffectiveOn is { } effective && anchor.Date < effective ? effective : anchor.Date;
        for (var ordinal = 1; ordinal <= MaxRecurrences; ordinal++)
        {
            var result = periods.AddMonths(last, interval);
            var due = result.DueDate;
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
            AddCalendarWarnings(result, ref warnings);
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
                    deadline: $"{rule.Description} ({rule.Source.Display}): every {interval} months from {KebabName<ServiceEventType>.Of(anchor.Type)} on {anchor.Date:yyyy-MM-dd}, occurrence {ordinal}",
                    satisfiedBy: satisfaction?.By,
                    warnings: warnings ?? [],
                    isPolicy: rule.IsPolicy,
                    isAdvisory: rule.IsAdvisory));
            }

            if (satisfaction is { On: { } doneOn })
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
                deadline: $"{rule.Description} ({rule.Source.Display}): the report on {year} is due by {due:yyyy-MM-dd}",
                satisfiedBy: satisfaction?.By,
                isAdvisory: rule.IsAdvisory));

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
        return NewItem(
            obligation,
            PeriodKeys.Awaiting(first),
            status: expected ? ScheduleStatus.Upcoming : ScheduleStatus.NotApplicable,
            deadline: $"{rule.Description} ({rule.Source.Display})",
            reasons: [.. obligation.Reasons, expected ? $"starts when {eventName} is recorded" : $"no {eventName} event recorded"],
            isPolicy: rule.IsPolicy,
            isAdvisory: rule.IsAdvisory);
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
            return rule.IsAdvisory ? ScheduleStatus.Due : ScheduleStatus.Overdue;
        }

        return asOf >= date.AddDays(-obligation.Service.Profile.Policy.ReminderLeadDays) ? ScheduleStatus.Due : ScheduleStatus.Upcoming;
    }

    // Advice about the same occurrence as a binding rule must not share its key (reminders are keyed by it).
    private static string AdvisoryKey(DeadlineRule rule, string key) => rule.IsAdvisory ? key + "/advisory" : key;

    private static int IntervalOf(ServiceProfile profile, DeadlineRule rule) =>
        rule.PolicySetting == SchedulePolicy.AlgorithmReviewIntervalSetting
            ? profile.Policy.AlgorithmReviewIntervalMonths
            : rule.Amount ?? 12;

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
        string deadline = "",
        string? satisfiedBy = null,
        IReadOnlyList<string>? warnings = null,
        IReadOnlyList<string>? reasons = null,
        bool isPolicy = false,
        bool isAdvisory = false) => new()
    {
        Service = obligation.Service.Profile.Name,
        ObligationId = obligation.Obligation.Id,
        SeedRef = obligation.Obligation.SeedRef,
        Title = obligation.Obligation.Title,
        PeriodKey = periodKey,
        Status = status,
        DueDate = dueDate,
        TriggeredOn = triggeredOn,
        Reasons = reasons ?? obligation.Reasons,
        Deadline = deadline,
        Citations = obligation.Citations,
        Confidence = obligation.Obligation.Confidence,
        Warnings = warnings ?? [],
        SatisfiedBy = satisfiedBy,
        IsPolicy = isPolicy,
        IsAdvisory = isAdvisory,
    };

    /// <summary>The one item of an obligation that does not apply to the service.</summary>
    public static ScheduleItem NotApplicable(ScheduleContext service, Obligation obligation, IReadOnlyList<string> reasons, IReadOnlyList<string> citations) => new()
    {
        Service = service.Profile.Name,
        ObligationId = obligation.Id,
        SeedRef = obligation.SeedRef,
        Title = obligation.Title,
        PeriodKey = PeriodKeys.Continuous,
        Status = ScheduleStatus.NotApplicable,
        Reasons = reasons,
        Deadline = string.Empty,
        Citations = citations,
        Confidence = obligation.Confidence,
    };
}
