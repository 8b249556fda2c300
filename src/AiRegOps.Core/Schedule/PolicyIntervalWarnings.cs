using System.Collections.Concurrent;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// The warning on every occurrence of a policy cadence ("the law sets no interval"), written once per rule and
/// interval and shared: a bulk run has several such occurrences per service.
/// </summary>
internal static class PolicyIntervalWarnings
{
    private static readonly ConcurrentDictionary<(DeadlineRule Rule, int Interval), IReadOnlyList<string>> Cache = new(ByReference.Instance);

    public static IReadOnlyList<string> For(DeadlineRule rule, int interval)
    {
        if (Cache.TryGetValue((rule, interval), out var warnings))
        {
            return warnings;
        }

        // Profiles choose their own interval; a host scheduling many catalogues keeps the cache small.
        if (Cache.Count > 1024)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd((rule, interval), static key =>
            [$"The law sets no interval; every {key.Interval} months is your policy ({key.Rule.PolicySetting}), not a legal deadline."]);
    }

    // Rules are records: compare them by identity, not by hashing every field on each call.
    private sealed class ByReference : IEqualityComparer<(DeadlineRule Rule, int Interval)>
    {
        public static ByReference Instance { get; } = new();

        public bool Equals((DeadlineRule Rule, int Interval) x, (DeadlineRule Rule, int Interval) y) =>
            ReferenceEquals(x.Rule, y.Rule) && x.Interval == y.Interval;

        public int GetHashCode((DeadlineRule Rule, int Interval) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Rule), obj.Interval);
    }
}
