using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Binding status, its reason and the citations of every obligation on a date. A bulk run schedules thousands of
/// services on one date, so this is worked out once per date rather than once per service.
/// </summary>
/// <remarks>
/// The snapshots are a short array searched by date and replaced whole when one is added (a bulk run uses one date,
/// a host a few): a dictionary keyed by a date would be compiled by the JIT on first use, which a new PowerShell
/// session waits for on its first schedule.
/// </remarks>
internal sealed class BindingCache(ObligationCatalogue catalogue)
{
    // Keep the cache small for long-running hosts that schedule across many dates.
    private const int MaxSnapshots = 64;

    private readonly Lock gate = new();
    private Snapshot[] snapshots = [];

    public Snapshot For(DateOnly asOf)
    {
        if (Find(Volatile.Read(ref snapshots), asOf) is { } cached)
        {
            return cached;
        }

        lock (gate)
        {
            if (Find(snapshots, asOf) is { } made)
            {
                return made;
            }

            var snapshot = new Snapshot(catalogue, asOf);
            Snapshot[] kept = snapshots.Length >= MaxSnapshots ? [] : snapshots;
            Volatile.Write(ref snapshots, [.. kept, snapshot]);
            return snapshot;
        }
    }

    private static Snapshot? Find(Snapshot[] cached, DateOnly asOf)
    {
        foreach (var snapshot in cached)
        {
            if (snapshot.AsOf == asOf)
            {
                return snapshot;
            }
        }

        return null;
    }

    internal sealed class Snapshot
    {
        private readonly (BindingState State, string Reason)[] states;

        public Snapshot(ObligationCatalogue catalogue, DateOnly asOf)
        {
            AsOf = asOf;
            var obligations = catalogue.Obligations;
            Obligations = obligations;
            IdRanks = RanksById(obligations);
            states = new (BindingState, string)[obligations.Count];
            Citations = new IReadOnlyList<string>[obligations.Count];
            GoverningRules = new IReadOnlyList<GoverningRule>[obligations.Count];
            for (var i = 0; i < obligations.Count; i++)
            {
                var state = catalogue.BindingStateOn(obligations[i], asOf);
                states[i] = (state, Explain(catalogue, obligations[i], state, asOf));
                Citations[i] = obligations[i].Sources.Select(s => s.Display).ToArray();
                GoverningRules[i] = RuleSelector.Select(catalogue, obligations[i], asOf);
            }
        }

        public IReadOnlyList<string>[] Citations { get; }

        /// <summary>The date the snapshot is of.</summary>
        public DateOnly AsOf { get; }

        /// <summary>The catalogue's obligations, in the order of the snapshot's arrays.</summary>
        public IReadOnlyList<Obligation> Obligations { get; }

        /// <summary>Per obligation, its place among the catalogue's ids in ordinal order: sorting compares two numbers, not two strings.</summary>
        public int[] IdRanks { get; }

        /// <summary>How many obligations the snapshot covers (the catalogue's).</summary>
        public int Count => states.Length;

        /// <summary>Per obligation, the rules that govern on the date (one per deadline shape).</summary>
        public IReadOnlyList<GoverningRule>[] GoverningRules { get; }

        public (BindingState State, string Reason) this[int index] => states[index];

        private static int[] RanksById(IReadOnlyList<Obligation> obligations)
        {
            var order = new int[obligations.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => string.CompareOrdinal(obligations[a].Id, obligations[b].Id));
            var ranks = new int[order.Length];
            for (var rank = 0; rank < order.Length; rank++)
            {
                ranks[order[rank]] = rank;
            }

            return ranks;
        }

        private static string Explain(ObligationCatalogue catalogue, Obligation obligation, BindingState state, DateOnly asOf)
        {
            var regulations = obligation.RegulationIds.Select(catalogue.GetRegulation).ToList();
            return state switch
            {
                BindingState.Binding => "binding: " + string.Join(", ", regulations.Where(r => r.IsBindingOn(asOf))
                    .Select(r => $"{r.Id} in force since {r.EffectiveOn:yyyy-MM-dd}")),
                BindingState.NotYetInForce => "not yet binding: " + string.Join(", ", regulations.Where(r => r.IsUpcomingOn(asOf))
                    .Select(r => $"{r.Id} takes effect on {r.EffectiveOn:yyyy-MM-dd}")),
                BindingState.NeverBinding => "never binding: " + string.Join(", ", regulations.Select(r => r.Id)) + " is only a draft",
                _ => "no longer binding: " + string.Join(", ", regulations.Select(r =>
                    r.SupersededBy is null ? $"{r.Id} ended on {r.EndsOn:yyyy-MM-dd}" : $"{r.Id} superseded by {r.SupersededBy} on {r.EndsOn:yyyy-MM-dd}")),
            };
        }
    }
}
