using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// The warning on every occurrence of a policy cadence ("the law sets no interval"), written once per rule and
/// interval and shared: a bulk run has several such occurrences per service.
/// </summary>
/// <remarks>
/// A short array searched by reference, replaced whole when an entry is added: a catalogue has a handful of policy
/// rules and profiles a handful of intervals. A dictionary keyed by a tuple would also do, but its code is compiled by
/// the JIT on first use, which a new PowerShell session waits for on its first schedule.
/// </remarks>
internal static class PolicyIntervalWarnings
{
    // Profiles choose their own interval; a host scheduling many catalogues starts again past this many.
    private const int MaxEntries = 64;

    private static readonly Lock Gate = new();
    private static Entry[] entries = [];

    public static IReadOnlyList<string> For(DeadlineRule rule, int interval)
    {
        if (Find(Volatile.Read(ref entries), rule, interval) is { } found)
        {
            return found;
        }

        lock (Gate)
        {
            if (Find(entries, rule, interval) is { } added)
            {
                return added;
            }

            var warnings = new[] { $"The law sets no interval; every {interval} months is your policy ({rule.PolicySetting}), not a legal deadline." };
            Entry[] kept = entries.Length >= MaxEntries ? [] : entries;
            Volatile.Write(ref entries, [.. kept, new Entry(rule, interval, warnings)]);
            return warnings;
        }
    }

    private static IReadOnlyList<string>? Find(Entry[] cached, DeadlineRule rule, int interval)
    {
        foreach (var entry in cached)
        {
            // Rules are records: compared by identity, not by every field.
            if (ReferenceEquals(entry.Rule, rule) && entry.Interval == interval)
            {
                return entry.Warnings;
            }
        }

        return null;
    }

    private sealed record Entry(DeadlineRule Rule, int Interval, IReadOnlyList<string> Warnings);
}
