using System.Collections.Concurrent;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Binding status, its reason and the citations of every obligation on a date. A bulk run schedules thousands of
/// services on one date, so this is worked out once per date rather than once per service.
/// </summary>
internal sealed class BindingCache(ObligationCatalogue catalogue)
{
    private readonly ConcurrentDictionary<DateOnly, Snapshot> snapshots = new();

    public Snapshot For(DateOnly asOf)
    {
        if (snapshots.TryGetValue(asOf, out var snapshot))
        {
            return snapshot;
        }

        // Keep the cache small for long-running hosts that schedule across many dates.
        if (snapshots.Count > 64)
        {
            snapshots.Clear();
        }

        return snapshots.GetOrAdd(asOf, date => new Snapshot(catalogue, date));
    }

    internal sealed class Snapshot
    {
        private readonly (BindingState State, string Reason)[] states;

        public Snapshot(ObligationCatalogue catalogue, DateOnly asOf)
        {
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
            var order = Enumerable.Range(0, obligations.Count).ToArray();
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
