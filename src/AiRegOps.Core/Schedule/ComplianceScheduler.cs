using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Works out, for a service and a date, which obligations apply, why, and by when. Pure: the same profile, date and
/// records always give the same schedule.
/// </summary>
public sealed class ComplianceScheduler
{
    private static readonly Lazy<ComplianceScheduler> DefaultInstance =
        new(() => new ComplianceScheduler(ObligationCatalogue.Default, PeriodCalculator.Default));

    [ThreadStatic]
    private static List<ScheduleItem>? scratch;

    private readonly OccurrenceBuilder occurrences;
    private readonly BindingCache binding;
    private readonly ConditionSlots conditions;

    public ComplianceScheduler(ObligationCatalogue catalogue, PeriodCalculator periods)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(periods);
        Catalogue = catalogue;
        Periods = periods;
        occurrences = new OccurrenceBuilder(periods);
        binding = new BindingCache(catalogue);
        conditions = new ConditionSlots(catalogue.Obligations);
    }

    /// <summary>The scheduler over the embedded catalogue and the State Council calendar.</summary>
    public static ComplianceScheduler Default => DefaultInstance.Value;

    public ObligationCatalogue Catalogue { get; }
    public PeriodCalculator Periods { get; }

    /// <summary>The schedule of <paramref name="profile"/> on <paramref name="asOf"/>.</summary>
    /// <param name="profile">The service.</param>
    /// <param name="asOf">The date the schedule is worked out for (a date in China).</param>
    /// <param name="recorded">Completion records from the evidence state, in addition to the profile's own.</param>
    public ServiceSchedule Build(ServiceProfile profile, DateOnly asOf, IEnumerable<CompletionRecord>? recorded = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var bindings = binding.For(asOf);
        var context = new ScheduleContext(profile, asOf, recorded, bindings);
        var items = Scratch;
        items.Clear();
        var obligations = Catalogue.Obligations;
        Span<byte> verdicts = conditions.Count <= 256 ? stackalloc byte[conditions.Count] : new byte[conditions.Count];
        for (var i = 0; i < obligations.Count; i++)
        {
            var obligation = obligations[i];
            var applies = conditions.Applies(i, context.FactVector, verdicts);
            var state = bindings[i].State;
            var shared = new ObligationContext(obligation, context, i);
            if (!applies || state is BindingState.NeverBinding or BindingState.NoLongerInForce)
            {
                items.Add(OccurrenceBuilder.NotApplicable(shared));
                continue;
            }

            context.ReleaseRecords();
            AddOccurrences(shared, bindings.GoverningRules[i], items);
        }

        var schedule = items.ToArray();
        items.Clear();
        ScheduleOrder.Sort(schedule);
        return new ServiceSchedule(context, schedule, Catalogue.Version)
        {
            Warnings = CompletionChecks.Check(Catalogue, context, schedule),
            PolicyTargetsGated = profile.Policy.GatePolicyTargets,
        };
    }

    // One list per thread to collect a service's items in; the schedule keeps an exact-size copy.
    private static List<ScheduleItem> Scratch => scratch ??= new List<ScheduleItem>(128);

    private void AddOccurrences(ObligationContext shared, IReadOnlyList<GoverningRule> rules, List<ScheduleItem> items)
    {
        var asOf = shared.Service.AsOf;
        var first = items.Count;
        for (var r = 0; r < rules.Count; r++)
        {
            occurrences.Build(shared, rules[r].Rule, rules[r].Regulation, items);
        }

        // An obligation with several triggers lists the ones that have not happened only when none has.
        if (HasApplicableItem(items, first))
        {
            for (var i = items.Count - 1; i >= first; i--)
            {
                if (items[i].Status == ScheduleStatus.NotApplicable && items[i].AwaitsTrigger)
                {
                    items.RemoveAt(i);
                }
            }
        }

        if (rules.Count == 0)
        {
            items.Add(OccurrenceBuilder.Continuous(shared, GoverningOf(shared.Obligation, asOf)));
        }
    }

    private Regulation? GoverningOf(Obligation obligation, DateOnly asOf)
    {
        var sources = obligation.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            var regulation = Catalogue.GetRegulation(sources[i].RegulationId);
            if (regulation.IsBindingOn(asOf) || regulation.IsUpcomingOn(asOf))
            {
                return regulation;
            }
        }

        return null;
    }

    private static bool HasApplicableItem(List<ScheduleItem> items, int first)
    {
        for (var i = first; i < items.Count; i++)
        {
            if (items[i].Status != ScheduleStatus.NotApplicable)
            {
                return true;
            }
        }

        return false;
    }
}
