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

    private readonly OccurrenceBuilder occurrences;
    private readonly BindingCache binding;

    public ComplianceScheduler(ObligationCatalogue catalogue, PeriodCalculator periods)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(periods);
        Catalogue = catalogue;
        Periods = periods;
        occurrences = new OccurrenceBuilder(periods);
        binding = new BindingCache(catalogue);
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
        var context = new ScheduleContext(profile, asOf, recorded);
        var bindings = binding.For(asOf);
        var items = new List<ScheduleItem>(Catalogue.Obligations.Count * 2);
        for (var i = 0; i < Catalogue.Obligations.Count; i++)
        {
            var obligation = Catalogue.Obligations[i];
            var applies = obligation.Compiled.Evaluate(context.FactVector);
            var (state, bindingReason) = bindings[i];
            var reasons = new ApplicabilityReasons(obligation.Compiled, context, bindingReason);
            if (!applies || state is BindingState.NeverBinding or BindingState.NoLongerInForce)
            {
                items.Add(OccurrenceBuilder.NotApplicable(context, obligation, reasons, bindings.Citations[i]));
                continue;
            }

            var shared = new ObligationContext(obligation, context, reasons, bindings.Citations[i], new RecordMatcher(obligation, context));
            AddOccurrences(shared, bindings.GoverningRules[i], items);
        }

        items.Sort(ScheduleOrder.Instance);
        return new ServiceSchedule
        {
            Warnings = CompletionChecks.Check(Catalogue, context, items),
            Service = profile,
            AsOf = asOf,
            Items = items,
            PublicOpinion = context.PublicOpinion,
            PolicyTargetsGated = profile.Policy.GatePolicyTargets,
            CatalogueVersion = Catalogue.Version,
        };
    }

    private void AddOccurrences(ObligationContext shared, IReadOnlyList<GoverningRule> rules, List<ScheduleItem> items)
    {
        var obligation = shared.Obligation;
        var asOf = shared.Service.AsOf;
        var first = items.Count;
        foreach (var governing in rules)
        {
            occurrences.Build(shared, governing.Rule, governing.Regulation, items);
        }

        // An obligation with several triggers lists the ones that have not happened only when none has.
        if (HasApplicableItem(items, first))
        {
            for (var i = items.Count - 1; i >= first; i--)
            {
                if (items[i].Status == ScheduleStatus.NotApplicable && items[i].PeriodKey.StartsWith("awaiting:", StringComparison.Ordinal))
                {
                    items.RemoveAt(i);
                }
            }
        }

        if (rules.Count == 0)
        {
            var governing = obligation.Sources
                .Select(s => Catalogue.GetRegulation(s.RegulationId))
                .FirstOrDefault(r => r.IsBindingOn(asOf) || r.IsUpcomingOn(asOf));
            items.Add(occurrences.Continuous(shared, governing));
        }
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
