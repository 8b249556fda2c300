using AiRegOps.Core.Attributes;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>What the scheduler works out once per service and reuses for every obligation.</summary>
internal sealed class ScheduleContext
{
    private readonly Dictionary<ServiceEventType, List<ServiceEvent>> eventsByType = [];
    private readonly Dictionary<string, List<CompletionRecord>> completionsByObligation = new(StringComparer.OrdinalIgnoreCase);
    private readonly int roleMask;

    public ScheduleContext(ServiceProfile profile, DateOnly asOf, IEnumerable<CompletionRecord>? recorded)
    {
        Profile = profile;
        AsOf = asOf;
        PublicOpinion = PublicOpinionTest.Evaluate(profile);
        foreach (var role in profile.Provider.Roles)
        {
            roleMask |= 1 << (int)role;
        }

        foreach (var serviceEvent in profile.AllEvents())
        {
            Add(serviceEvent);
        }

        AddEthicsEvents(profile.Ethics);
        foreach (var list in eventsByType.Values)
        {
            list.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        }

        AddCompletions(profile.Completed);
        if (recorded is not null)
        {
            AddCompletions(recorded);
        }

        TerminatedOn = EventsOf(ServiceEventType.ServiceTerminated) is [var first, ..] ? first.Date : null;
    }

    public ServiceProfile Profile { get; }
    public DateOnly AsOf { get; }
    public PublicOpinionResult PublicOpinion { get; }

    /// <summary>Applicability reasons built so far for this service.</summary>
    public ReasonCache Reasons { get; } = new();

    /// <summary>The first termination date, after which continuing and periodic duties stop.</summary>
    public DateOnly? TerminatedOn { get; }

    public bool HasRole(ObligorRole role) => (roleMask & (1 << (int)role)) != 0;

    public IReadOnlyList<ServiceEvent> EventsOf(ServiceEventType type) =>
        eventsByType.TryGetValue(type, out var list) ? list : [];

    /// <summary>Every completion record, from the profile and from the evidence state.</summary>
    public IEnumerable<CompletionRecord> AllCompletions => completionsByObligation.Values.SelectMany(list => list);

    public IReadOnlyList<CompletionRecord> CompletionsOf(string obligationId) =>
        completionsByObligation.TryGetValue(obligationId, out var list) ? list : [];

    private void Add(ServiceEvent serviceEvent)
    {
        if (!eventsByType.TryGetValue(serviceEvent.Type, out var list))
        {
            list = [];
            eventsByType[serviceEvent.Type] = list;
        }

        list.Add(serviceEvent);
    }

    // The ethics records are events too: establishing a committee and approving an activity start deadlines.
    private void AddEthicsEvents(EthicsRecords ethics)
    {
        if (ethics.CommitteeEstablishedOn is { } established
            && !EventsOf(ServiceEventType.EthicsCommitteeEstablished).Any(e => e.Date == established))
        {
            Add(new ServiceEvent { Type = ServiceEventType.EthicsCommitteeEstablished, Date = established });
        }

        foreach (var activity in ethics.Activities)
        {
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
            if (!completionsByObligation.TryGetValue(record.ObligationId, out var list))
            {
                list = [];
                completionsByObligation[record.ObligationId] = list;
            }

            list.Add(record);
        }
    }
}
