using System.Runtime.InteropServices;
using AiRegOps.Core.Attributes;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Catalogue.Conditions;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>What the scheduler works out once per service and reuses for every obligation.</summary>
internal sealed class ScheduleContext
{
    // Indexed by event type: a dozen slots, cheaper than a dictionary for the one service it lives for.
    private readonly List<ServiceEvent>?[] eventsByType = new List<ServiceEvent>?[EventTypeCount];
    // Completion records up to the as-of date, grouped by obligation (a service has a handful: a scan beats a dictionary).
    private List<CompletionRecord>? completions;
    private static readonly int EventTypeCount = Enum.GetValues<ServiceEventType>().Length;
    private readonly int roleMask;
    private readonly ulong[] facts = new ulong[ServiceFacts.Count];
    private PublicOpinionResult? publicOpinion;

    // Made when a reason is first read: most schedules are never explained item by item.
    private ApplicabilityReasons?[]? reasons;

    // Reused for every obligation of the service: the records already matched, and a rolling duty's performed dates.
    private List<object>? consumed;
    private List<DateOnly>? dates;

    public ScheduleContext(ServiceProfile profile, DateOnly asOf, IEnumerable<CompletionRecord>? recorded, BindingCache.Snapshot bindings)
    {
        Profile = profile;
        AsOf = asOf;
        Bindings = bindings;
        var roles = profile.Provider.Roles;
        for (var i = 0; i < roles.Count; i++)
        {
            roleMask |= 1 << (int)roles[i];
        }

        // Point in time: what happened after the as-of date has not happened yet, so it triggers nothing.
        var events = profile.Events;
        var launchRecorded = profile.LaunchedOn is null;
        for (var i = 0; i < events.Count; i++)
        {
            var serviceEvent = events[i];
            launchRecorded |= serviceEvent.Type == ServiceEventType.Launched && serviceEvent.Date == profile.LaunchedOn;
            if (serviceEvent.Date <= asOf)
            {
                Add(serviceEvent);
            }
        }

        if (!launchRecorded && profile.LaunchedOn is { } launched && launched <= asOf)
        {
            Add(new ServiceEvent { Type = ServiceEventType.Launched, Date = launched });
        }

        AddEthicsEvents(profile.Ethics);
        foreach (var list in eventsByType)
        {
            list?.Sort(EventOrder.Instance);
        }

        AddCompletions(profile.Completed);
        if (recorded is not null)
        {
            AddCompletions(recorded);
        }

        GroupCompletions();
        TerminatedOn = EventsOf(ServiceEventType.ServiceTerminated) is [var first, ..] ? first.Date : null;
        ServiceFacts.Fill(profile, asOf, hasPublicOpinion: false, facts);
        facts[Catalogue.Conditions.Facts.PublicOpinion] = ServiceFacts.HasPublicChannel(facts[Catalogue.Conditions.Facts.Features]) ? 1UL : 0;
    }

    public ServiceProfile Profile { get; }
    public DateOnly AsOf { get; }

    /// <summary>Binding status, reasons and citations of every obligation on the as-of date.</summary>
    public BindingCache.Snapshot Bindings { get; }

    /// <summary>Why obligation number <paramref name="index"/> of the catalogue applies or not, explained when first asked.</summary>
    public ApplicabilityReasons ReasonsFor(int index)
    {
        var all = reasons ??= new ApplicabilityReasons?[Bindings.Count];
        return all[index] ??= new ApplicabilityReasons(Bindings.Obligations[index].Compiled, this, Bindings[index].Reason);
    }

    /// <summary>The records already matched to an occurrence of the obligation being scheduled.</summary>
    public List<object> Consumed() => consumed ??= new List<object>(4);

    /// <summary>Starts matching records for another obligation: records matched for the previous one are free again.</summary>
    public void ReleaseRecords() => consumed?.Clear();

    /// <summary>An empty list to collect dates in, reused: valid until the next call.</summary>
    public List<DateOnly> ScratchDates()
    {
        dates ??= new List<DateOnly>(4);
        dates.Clear();
        return dates;
    }

    /// <summary>The service's facts on the as-of date, one bit mask per fact (see <see cref="Facts"/>).</summary>
    public ReadOnlySpan<ulong> FactVector => facts;

    /// <summary>The SA2018 Art. 2 test on the features offered on the as-of date, worked out when first asked for.</summary>
    public PublicOpinionResult PublicOpinion => publicOpinion ??=
        PublicOpinionTest.Evaluate(FeaturesOn(AsOf)) with { Service = Profile.Name };

    /// <summary>Whether an obligation's condition holds with the facts of <paramref name="day"/> (features added later left out).</summary>
    public bool AppliesOn(Obligation obligation, DateOnly day)
    {
        Span<ulong> then = stackalloc ulong[ServiceFacts.Count];
        facts.CopyTo(then);
        then[Catalogue.Conditions.Facts.Features] = ServiceFacts.FeatureMask(Profile.Features, Profile, day);
        then[Catalogue.Conditions.Facts.PublicOpinion] = ServiceFacts.HasPublicChannel(then[Catalogue.Conditions.Facts.Features]) ? 1UL : 0;
        return obligation.Compiled.Evaluate(then);
    }

    /// <summary>Reason text for flag facts that need more than the fact's own phrase.</summary>
    public string? DescribeFlag(int fact, bool value) => fact switch
    {
        Catalogue.Conditions.Facts.PublicOpinion => value
            ? $"has public-opinion attributes: {PublicOpinion.Explanation}"
            : $"has no public-opinion attributes: {PublicOpinion.Explanation}",
        Catalogue.Conditions.Facts.CallsFiledModel when value && Profile.GenerativeAiModel is { } model =>
            $"calls the already-filed model {model.Name} ({model.FilingNumber})",
        _ => null,
    };

    private List<string> FeaturesOn(DateOnly day)
    {
        var list = new List<string>(Profile.Features.Count);
        var mask = ServiceFacts.FeatureMask(Profile.Features, Profile, day);
        foreach (var feature in Profile.Features)
        {
            var bit = Catalogue.Conditions.Facts.All[Catalogue.Conditions.Facts.Features].BitOf(feature);
            if (bit < 0 || (mask & (1UL << bit)) != 0)
            {
                list.Add(feature);
            }
        }

        return list;
    }

    /// <summary>The first termination date, after which continuing and periodic duties stop.</summary>
    public DateOnly? TerminatedOn { get; }

    public bool HasRole(ObligorRole role) => (roleMask & (1 << (int)role)) != 0;

    public IReadOnlyList<ServiceEvent> EventsOf(ServiceEventType type) =>
        eventsByType[(int)type] is { } list ? list : [];

    /// <summary>Every completion record up to the as-of date, from the profile and from the evidence state.</summary>
    public IReadOnlyList<CompletionRecord> AllCompletions => completions ?? (IReadOnlyList<CompletionRecord>)[];

    /// <summary>The completion records of one obligation, in the order they were given.</summary>
    public ReadOnlySpan<CompletionRecord> CompletionsOf(string obligationId)
    {
        if (completions is null)
        {
            return [];
        }

        var all = CollectionsMarshal.AsSpan(completions);
        for (var i = 0; i < all.Length; i++)
        {
            if (string.Equals(all[i].ObligationId, obligationId, StringComparison.OrdinalIgnoreCase))
            {
                var end = i + 1;
                while (end < all.Length && string.Equals(all[end].ObligationId, obligationId, StringComparison.OrdinalIgnoreCase))
                {
                    end++;
                }

                return all[i..end];
            }
        }

        return [];
    }

    private void Add(ServiceEvent serviceEvent)
    {
        var list = eventsByType[(int)serviceEvent.Type] ??= [];

        list.Add(serviceEvent);
    }

    // The ethics records are events too: establishing a committee and approving an activity start deadlines.
    private void AddEthicsEvents(EthicsRecords ethics)
    {
        if (ethics.CommitteeEstablishedOn is { } established && established <= AsOf && !HasEvent(ServiceEventType.EthicsCommitteeEstablished, established))
        {
            Add(new ServiceEvent { Type = ServiceEventType.EthicsCommitteeEstablished, Date = established });
        }

        var activities = ethics.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.ApprovedOn > AsOf)
            {
                continue;
            }

            Add(new ServiceEvent
            {
                Type = ServiceEventType.EthicsApprovalObtained,
                Date = activity.ApprovedOn,
                Subject = activity.Name,
                ExpertReviewList = activity.OnExpertReviewList,
            });
        }
    }

    private bool HasEvent(ServiceEventType type, DateOnly date)
    {
        var list = EventsOf(type);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Date == date)
            {
                return true;
            }
        }

        return false;
    }

    private void AddCompletions(IEnumerable<CompletionRecord> records)
    {
        if (records is IReadOnlyList<CompletionRecord> { Count: 0 })
        {
            return;
        }

        foreach (var record in records)
        {
            // Records dated after the as-of date did not exist yet on that day.
            if (record.CompletedOn <= AsOf)
            {
                (completions ??= []).Add(record);
            }
        }
    }

    // Groups the records by obligation, keeping their order within each (a stable sort by obligation id).
    private void GroupCompletions()
    {
        if (completions is not { Count: > 1 })
        {
            return;
        }

        var ordered = new List<CompletionRecord>(completions.Count);
        foreach (var record in completions)
        {
            if (ordered.Exists(r => string.Equals(r.ObligationId, record.ObligationId, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var same in completions)
            {
                if (string.Equals(same.ObligationId, record.ObligationId, StringComparison.OrdinalIgnoreCase))
                {
                    ordered.Add(same);
                }
            }
        }

        completions = ordered;
    }
}

/// <summary>Events by date, without a delegate per sort.</summary>
internal sealed class EventOrder : IComparer<ServiceEvent>
{
    public static EventOrder Instance { get; } = new();

    public int Compare(ServiceEvent? x, ServiceEvent? y) => (x?.Date ?? default).CompareTo(y?.Date ?? default);
}
