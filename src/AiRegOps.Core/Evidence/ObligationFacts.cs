using System.Text;
using AiRegOps.Core.State;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// How a recorded fact (a filing, an ethics registration, an assessment) becomes a ledger entry and back. The fact's
/// canonical JSON is both the entry's note and its content (stored as a blob), so the fact is covered by the hash chain
/// like any evidence and can be read back without fetching the blob.
/// </summary>
public static class ObligationFacts
{
    /// <summary>The content type that marks a ledger entry as a recorded fact rather than a file.</summary>
    public const string ContentType = "application/vnd.airegops.obligation-fact+json";

    /// <summary>
    /// The content type of an entry of the record store (a filing or an ethics registration, <c>Records.RecordEntries</c>):
    /// the record changes the profile the schedule is built from, so it is not itself a completion.
    /// </summary>
    public const string RecordContentType = "application/vnd.airegops.record+json";

    /// <summary>The period an entry gives a fact that covers every period (ledger entries need a period key).</summary>
    public const string EveryPeriod = "*";

    /// <summary>The longest reference (filing number, report path or URL) a fact may carry.</summary>
    public const int MaxReferenceLength = 400;

    /// <summary>The stored content of a fact.</summary>
    public static byte[] ContentOf(ObligationStateRecord record) => Encoding.UTF8.GetBytes(StateRecordJson.Serialize(record));

    /// <summary>The ledger metadata of a fact.</summary>
    public static EvidenceMetadata MetadataOf(ObligationStateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new EvidenceMetadata
        {
            Service = record.Service,
            ObligationId = record.ObligationId,
            Period = record.Period ?? EveryPeriod,
            AddedBy = "recorded fact",
            Note = StateRecordJson.Serialize(record),
            FileName = $"{record.Kind.ToString().ToLowerInvariant()}.json",
            ContentType = ContentType,
            CompletedOn = record.CompletedOn,
        };
    }

    /// <summary>Whether an entry records a fact.</summary>
    public static bool IsFact(LedgerEntry entry) => string.Equals(entry?.Metadata.ContentType, ContentType, StringComparison.Ordinal);

    /// <summary>The state an entry makes count: the fact it records, or its evidence.</summary>
    /// <exception cref="FormatException">A fact entry whose note is not the fact its content hash covers.</exception>
    public static ObligationStateRecord StateOf(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsFact(entry))
        {
            return EvidenceStateOf(entry);
        }

        var note = entry.Metadata.Note ?? throw new FormatException("the fact entry has no note");
        if (ContentHash.Of(Encoding.UTF8.GetBytes(note)) != entry.ContentHash)
        {
            throw new FormatException("the fact entry's note is not the content its hash names");
        }

        ObligationStateRecord record;
        try
        {
            record = StateRecordJson.Deserialize(note);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or FormatException)
        {
            throw new FormatException($"the fact entry's note cannot be read ({ex.Message})", ex);
        }

        if (record.Service != entry.Service || record.ObligationId != entry.Metadata.ObligationId || (record.Period ?? EveryPeriod) != entry.Metadata.Period)
        {
            throw new FormatException("the fact entry's note names another service, obligation or period than the entry");
        }

        return record;
    }

    /// <summary>
    /// What counts for a service: the state of each entry in sequence order, one per key (the last wins), less what a
    /// later revocation withdrew (the same content for the same obligation and period).
    /// </summary>
    public static IReadOnlyList<ObligationStateRecord> Derive(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byKey = new Dictionary<string, (ObligationStateRecord Record, LedgerEntry From)>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Sequence))
        {
            if (Revocations.IsRevocation(entry))
            {
                var revoked = Revocations.RevokedBy(entry);
                foreach (var key in byKey.Where(p => p.Value.From.ContentHash == revoked
                        && p.Value.From.Metadata.ObligationId == entry.Metadata.ObligationId
                        && p.Value.From.Metadata.Period == entry.Metadata.Period).Select(p => p.Key).ToList())
                {
                    byKey.Remove(key);
                }

                continue;
            }

            if (string.Equals(entry.Metadata.ContentType, RecordContentType, StringComparison.Ordinal))
            {
                continue;
            }

            var record = StateOf(entry);
            byKey[record.Key] = (record, entry);
        }

        return [.. byKey.Values.Select(v => v.Record).OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>The state a ledger entry records: its obligation met for its period, on the date given or the day it was added (in China).</summary>
    private static ObligationStateRecord EvidenceStateOf(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ObligationStateRecord
        {
            Service = entry.Service,
            ObligationId = entry.Metadata.ObligationId,
            Period = entry.Metadata.Period,
            CompletedOn = entry.Metadata.CompletedOn ?? DateOnly.FromDateTime(entry.Timestamp.ToOffset(TimeSpan.FromHours(8)).DateTime),
            Kind = ObligationStateKind.Evidence,
            Reference = entry.ContentHash.ToString(),
        };
    }
}
