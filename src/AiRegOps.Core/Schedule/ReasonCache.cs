namespace AiRegOps.Core.Schedule;

/// <summary>Reasons already worked out for one service, by condition kind and the condition's mask.</summary>
internal sealed class ReasonCache
{
    private readonly Dictionary<(ReasonKind, int), (bool, string)> reasons = [];

    public (bool Holds, string Reason) Get(ReasonKind kind, int mask, Func<int, ScheduleContext, (bool, string)> build, ScheduleContext context)
    {
        if (!reasons.TryGetValue((kind, mask), out var reason))
        {
            reason = build(mask, context);
            reasons[(kind, mask)] = reason;
        }

        return reason;
    }
}
