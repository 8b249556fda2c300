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
    private Dictionary<string, List<CompletionRecord>>? completionsByObligation;
    private static readonly int EventTypeCount = Enum.GetValues<ServiceEventType>().Length;
    private readonly int roleMask;
    private readonly ulong[] facts = new ulong[ServiceFacts.Count];
    private PublicOpinionResult? publicOpinion;

    public ScheduleContext(ServiceProfile profile, DateOnly asOf, IEnumerable<CompletionRecord>? recorded)
    {
        Profile = profile;
        AsOf = asOf;
        foreach (var role in profile.Provider.Roles)
        {
            roleMask |= 1 << (int)role;
        }

        // Point in time: what happened after the as-of date has not happened yet, so it triggers nothing.
        foreach (var serviceEvent in profile.AllEvents())
        {
            if (serviceEvent.Date <= asOf)
            {
                Add(serviceEvent);
            }
        }

        AddEthicsEvents(profile.Ethics);
        foreach (var list in eventsByType)
        {
            list?.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        }

        AddCompletions(profile.Completed);
        if (recorded is not null)
        {
            AddCompletions(recorded);
        }

        TerminatedOn = EventsOf(ServiceEventType.ServiceTerminated) is [var first, ..] ? first.Date : null;
        ServiceFacts.Fill(profile, asOf, hasPublicOpinion: false, facts);
        facts[Catalogue.Conditions.Facts.PublicOpinion] = ServiceFacts.HasPublicChannel(facts[Catalogue.Conditions.Facts.Features]) ? 1UL : 0;
    }

    public ServiceProfile Profile { get; }
    public DateOnly AsOf { get; }

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

    /// <summary>Every completion record, from the profile and from the evidence state.</summary>
    public IEnumerable<CompletionRecord> AllCompletions => completionsByObligation?.Values.SelectMany(list => list) ?? [];

    public IReadOnlyList<CompletionRecord> CompletionsOf(string obligationId) =>
        completionsByObligation is not null && completionsByObligation.TryGetValue(obligationId, out var list) ? list : [];

    private void Add(ServiceEvent serviceEvent)
    {
        var list = eventsByType[(int)serviceEvent.Type] ??= [];

        list.Add(serviceEvent);
    }

    // The ethics records are events too: establishing a committee and approving an activity start deadlines.
    private void AddEthicsEvents(EthicsRecords ethics)
    {
        if (ethics.CommitteeEstablishedOn is { } established && established <= AsOf
            && !EventsOf(ServiceEventType.EthicsCommitteeEstablished).Any(e => e.Date == established))
        {
            Add(new ServiceEvent { Type = ServiceEventType.EthicsCommitteeEstablished, Date = established });
        }

        foreach (var activity in ethics.Activities)
        {
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

    private void AddCompletions(IEnumerable<CompletionRecord> records)
    {
        foreach (var record in records)
        {
            // Records dated after the as-of date did not exist yet on that day.
            if (record.CompletedOn > AsOf)
            {
                continue;
            }

            completionsByObligation ??= new(StringComparer.OrdinalIgnoreCase);
            if (!completionsByObligation.TryGetValue(record.ObligationId, out var list))
            {
                list = [];
                completionsByObligation[record.ObligationId] = list;
            }

            list.Add(record);
        }
    }
}
