using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Catalogue.Conditions;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// The catalogue's distinct applicability conditions. Many obligations share one (the same roles and the same
/// "offered to the public in the PRC" test), so a schedule evaluates each distinct condition once per service.
/// </summary>
internal sealed class ConditionSlots
{
    private readonly int[] slotOf;
    private readonly CompiledCondition[] distinct;

    public ConditionSlots(IReadOnlyList<Obligation> obligations)
    {
        slotOf = new int[obligations.Count];
        var found = new List<CompiledCondition>();
        for (var i = 0; i < obligations.Count; i++)
        {
            var condition = obligations[i].Compiled;
            var slot = found.FindIndex(c => c.SameTestsAs(condition));
            if (slot < 0)
            {
                slot = found.Count;
                found.Add(condition);
            }

            slotOf[i] = slot;
        }

        distinct = [.. found];
    }

    /// <summary>How many distinct conditions there are: the size of the verdict span <see cref="Applies"/> fills.</summary>
    public int Count => distinct.Length;

    /// <summary>
    /// Whether obligation number <paramref name="obligation"/> applies to a service with <paramref name="facts"/>.
    /// <paramref name="verdicts"/> starts zeroed for each service and remembers each condition's result (1 no, 2 yes).
    /// </summary>
    public bool Applies(int obligation, ReadOnlySpan<ulong> facts, Span<byte> verdicts)
    {
        var slot = slotOf[obligation];
        if (verdicts[slot] == 0)
        {
            verdicts[slot] = distinct[slot].Evaluate(facts) ? (byte)2 : (byte)1;
        }

        return verdicts[slot] == 2;
    }
}
