namespace AiRegOps.Core.Evidence;

/// <summary>Checks one service's stored entries against the hash chain and the head.</summary>
public static class LedgerVerifier
{
    /// <summary>Adds a problem for every changed, removed, duplicated or reordered entry; returns the entries that could be read.</summary>
    /// <param name="service">The service whose ledger this is.</param>
    /// <param name="rows">The stored rows in stored order.</param>
    /// <param name="head">The head record, if the ledger keeps one.</param>
    /// <param name="headMayLag">Whether the head may be one entry behind (a file ledger that stopped between the two writes).</param>
    /// <param name="problems">Where problems are added.</param>
    public static List<LedgerEntry> Verify(string service, IEnumerable<LedgerRow> rows, LedgerHead? head, bool headMayLag, ICollection<VerificationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(problems);
        var entries = new List<LedgerEntry>();
        var positions = new List<string>();
        var bySequence = new Dictionary<long, int>();
        LedgerEntry? previousStored = null;
        string? previousPosition = null;
        var list = rows as IReadOnlyList<LedgerRow> ?? rows.ToList();

        // Recomputing the hashes is the bulk of the work: spread it over the cores.
        var valid = new bool[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            valid[i] = list[i].Entry is { } e && LedgerChain.HasValidHash(e));

        for (var index = 0; index < list.Count; index++)
        {
            var row = list[index];
            if (row.Entry is not { } entry)
            {
                problems.Add(new VerificationProblem
                {
                    Kind = VerificationProblemKind.EntryUnreadable,
                    Service = service,
                    Position = row.Position,
                    Message = $"Ledger '{service}': the entry at {row.Position} cannot be read: {row.Error}.",
                });
                continue;
            }

            if (!string.Equals(entry.Service, service, StringComparison.Ordinal))
            {
                problems.Add(Problem(VerificationProblemKind.EntryMisplaced, service, entry, row.Position,
                    $"entry {entry.Sequence} at {row.Position} belongs to service '{entry.Service}'"));
            }

            if (!valid[index])
            {
                problems.Add(Problem(VerificationProblemKind.EntryChanged, service, entry, row.Position,
                    $"entry {entry.Sequence} at {row.Position} was changed: its contents no longer match its hash {Short(entry.EntryHash)}"));
            }

            if (previousStored is not null && entry.Sequence <= previousStored.Sequence)
            {
                problems.Add(Problem(VerificationProblemKind.EntryOutOfOrder, service, entry, row.Position,
                    $"entry {entry.Sequence} at {row.Position} is stored after entry {previousStored.Sequence} at {previousPosition}: entries were reordered"));
            }

            if (!bySequence.TryAdd(entry.Sequence, entries.Count))
            {
                problems.Add(Problem(VerificationProblemKind.EntryDuplicated, service, entry, row.Position,
                    $"entry {entry.Sequence} appears again at {row.Position} (first at {positions[bySequence[entry.Sequence]]})"));
            }

            entries.Add(entry);
            positions.Add(row.Position);
            previousStored = entry;
            previousPosition = row.Position;
        }

        CheckLinks(service, entries, positions, bySequence, problems);
        CheckHead(service, entries, bySequence, head, headMayLag, problems);
        return entries;
    }

    private static void CheckLinks(string service, List<LedgerEntry> entries, List<string> positions, Dictionary<long, int> bySequence, ICollection<VerificationProblem> problems)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Sequence < 1)
            {
                problems.Add(Problem(VerificationProblemKind.EntryChanged, service, entry, positions[i], $"entry at {positions[i]} has sequence number {entry.Sequence}"));
                continue;
            }

            string? expected = entry.Sequence == 1 ? LedgerChain.GenesisHash
                : bySequence.TryGetValue(entry.Sequence - 1, out var p) ? entries[p].EntryHash : null;
            if (expected is not null && !string.Equals(expected, entry.PreviousHash, StringComparison.Ordinal))
            {
                var what = entry.Sequence == 1 ? "the start of the ledger" : $"entry {entry.Sequence - 1}";
                problems.Add(Problem(VerificationProblemKind.ChainBroken, service, entry, positions[i],
                    $"entry {entry.Sequence} at {positions[i]} does not carry the hash of {what}: an entry before it was changed or replaced"));
            }
        }

        // Sequence numbers with no entry: removed (reported as ranges so one removal is one problem). Walk the present
        // numbers in order rather than every number up to the largest: a forged sequence of 9e18 must not hang us.
        var present = bySequence.Keys.Where(s => s >= 1).Order().ToList();
        var expectedNext = 1L;
        foreach (var s in present)
        {
            if (s > expectedNext)
            {
                var range = expectedNext == s - 1 ? $"entry {expectedNext} is" : $"entries {expectedNext} to {s - 1} are";
                problems.Add(new VerificationProblem
                {
                    Kind = VerificationProblemKind.EntryMissing,
                    Service = service,
                    Sequence = expectedNext,
                    Message = $"Ledger '{service}': {range} missing (removed or unreadable).",
                });
            }

            expectedNext = s == long.MaxValue ? s : s + 1;
        }
    }

    private static void CheckHead(string service, List<LedgerEntry> entries, Dictionary<long, int> bySequence, LedgerHead? head, bool headMayLag, ICollection<VerificationProblem> problems)
    {
        var last = entries.Count == 0 ? 0 : entries.Max(e => e.Sequence);
        if (head is null)
        {
            if (last > 0)
            {
                problems.Add(new VerificationProblem
                {
                    Kind = VerificationProblemKind.HeadMissing,
                    Severity = headMayLag && last == 1 ? VerificationSeverity.Warning : VerificationSeverity.Error,
                    Service = service,
                    Message = $"Ledger '{service}': the head record is missing although the ledger has {last} entries.",
                });
            }

            return;
        }

        if (head.Sequence > last)
        {
            var range = head.Sequence == last + 1 ? $"entry {head.Sequence} is"
                : head.Sequence == long.MaxValue ? "the head is unreadable or forged, so the end is" : $"entries {last + 1} to {head.Sequence} are";
            problems.Add(new VerificationProblem
            {
                Kind = VerificationProblemKind.HeadMismatch,
                Service = service,
                Sequence = last + 1,
                Message = $"Ledger '{service}': the head records entry {head.Sequence} but the ledger ends at entry {last}: {range} missing from the end.",
            });
            return;
        }

        if (bySequence.TryGetValue(head.Sequence, out var index) && !string.Equals(entries[index].EntryHash, head.EntryHash, StringComparison.Ordinal))
        {
            problems.Add(new VerificationProblem
            {
                Kind = VerificationProblemKind.HeadMismatch,
                Service = service,
                Sequence = head.Sequence,
                Message = $"Ledger '{service}': entry {head.Sequence} has hash {Short(entries[index].EntryHash)} but the head recorded {Short(head.EntryHash)}: the tail was replaced.",
            });
        }

        if (last > head.Sequence && !(headMayLag && last == head.Sequence + 1))
        {
            problems.Add(new VerificationProblem
            {
                Kind = VerificationProblemKind.HeadMismatch,
                Service = service,
                Sequence = head.Sequence + 1,
                Message = $"Ledger '{service}': entries after {head.Sequence} (up to {last}) were not recorded by the head: they were added behind the ledger's back.",
            });
        }
    }

    private static VerificationProblem Problem(VerificationProblemKind kind, string service, LedgerEntry entry, string position, string text) => new()
    {
        Kind = kind,
        Service = service,
        Sequence = entry.Sequence,
        Position = position,
        BlobName = entry.ContentHash.Hex is null ? null : entry.ContentHash.BlobName,
        Message = $"Ledger '{service}': {text}.",
    };

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
