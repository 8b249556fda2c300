using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using AiRegOps.Core.Evidence;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure;

/// <summary>
/// Ledgers in an Azure table, one partition per service. Rows: <c>e-&lt;19-digit sequence&gt;</c> per entry (its
/// canonical JSON), <c>k-&lt;digest&gt;</c> per (obligation, period, content) pointing at its entry, and <c>head</c>.
/// An append is one entity-group transaction: add the entry row, add the key row, and update the head with its ETag
/// (or add it). Two writers that read the same head cannot both commit: the loser's transaction fails whole, it rereads
/// and retries, so the chain never forks and no entry is lost; a key row already there means the content is recorded.
/// </summary>
public sealed class AzureTableEvidenceLedger : IEvidenceLedger
{
    internal const string HeadRow = "head";
    internal const string EntryPrefix = "e-";
    internal const string KeyPrefix = "k-";
    private const int MaxAttempts = 200;
    private readonly AzureContext context;

    // The head each service's ledger had after this instance's last append, or as read ahead while the content
    // uploaded, with its ETag (a null head: none yet): the entry after the blob is then one round trip.
    private readonly ConcurrentDictionary<string, (LedgerHead? Head, ETag? ETag)> knownHeads = new(StringComparer.Ordinal);

    internal AzureTableEvidenceLedger(AzureContext context) => this.context = context;

    public string Location => $"Azure table '{context.Ledger.Name}' at {context.TableHost} (account {context.Account})";

    public bool HeadMayLag => false;

    internal static string RowKeyOf(long sequence) => EntryPrefix + sequence.ToString("D19", CultureInfo.InvariantCulture);

    public Task<LedgerAppendResult> AppendAsync(EvidenceMetadata metadata, ContentHash hash, long size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var service = ServiceNames.Validate(metadata.Service, nameof(metadata));
        return context.RunAsync($"appending to the ledger of '{service}'", table: true, ct => AppendCoreAsync(service, metadata, hash, size, ct), cancellationToken);
    }

    public Task PrepareAppendAsync(string service, CancellationToken cancellationToken)
    {
        ServiceNames.Validate(service);
        if (knownHeads.ContainsKey(service))
        {
            return Task.CompletedTask;
        }

        return context.RunAsync($"reading the ledger head of '{service}'", table: true, async ct =>
        {
            var head = await context.Ledger.GetEntityIfExistsAsync<TableEntity>(service, HeadRow, cancellationToken: ct).ConfigureAwait(false);
            // Never replaces a head an append of this instance wrote meanwhile: that one is newer.
            knownHeads.TryAdd(service, head.HasValue ? (HeadOf(head.Value!), head.Value!.ETag) : (null, null));
            return true;
        }, cancellationToken);
    }

    public IAsyncEnumerable<LedgerRow> ReadRowsAsync(string service, CancellationToken cancellationToken)
    {
        ServiceNames.Validate(service);
        return context.GuardAsync($"reading the ledger of '{service}'", table: true, ct => ReadRowsCoreAsync(service, ct), cancellationToken);
    }

    public Task<LedgerHead?> GetHeadAsync(string service, CancellationToken cancellationToken)
    {
        ServiceNames.Validate(service);
        return context.RunAsync($"reading the ledger head of '{service}'", table: true, async ct =>
        {
            var head = await context.Ledger.GetEntityIfExistsAsync<TableEntity>(service, HeadRow, cancellationToken: ct).ConfigureAwait(false);
            return head.HasValue ? HeadOf(head.Value!) : null;
        }, cancellationToken);
    }

    public IAsyncEnumerable<string> ListServicesAsync(CancellationToken cancellationToken) =>
        context.GuardAsync("listing ledgers", table: true, ListServicesCoreAsync, cancellationToken);

    private async Task<LedgerAppendResult> AppendCoreAsync(string service, EvidenceMetadata metadata, ContentHash hash, long size, CancellationToken cancellationToken)
    {
        var table = context.Ledger;
        var keyRow = KeyPrefix + LedgerKey.Digest(LedgerKey.Of(metadata.ObligationId, metadata.Period, hash));
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            LedgerHead? head;
            ETag? headETag;
            if (attempt == 1 && knownHeads.TryGetValue(service, out var known))
            {
                // The head this ledger wrote last or read ahead: try the transaction straight away (one round trip).
                // Its If-Match fails if another writer appended since, and its key-row Add if the content is
                // already recorded; either way the next attempt reads both.
                (head, headETag) = known;
            }
            else
            {
                // Both point reads at once: one round trip before the transaction instead of two.
                var existingRead = table.GetEntityIfExistsAsync<TableEntity>(service, keyRow, cancellationToken: cancellationToken);
                var headRead = table.GetEntityIfExistsAsync<TableEntity>(service, HeadRow, cancellationToken: cancellationToken);
                await Task.WhenAll(existingRead, headRead).ConfigureAwait(false);
                var existing = await existingRead.ConfigureAwait(false);
                if (existing.HasValue)
                {
                    var sequence = existing.Value!.GetInt64("Sequence") ?? throw new LedgerException($"Ledger '{service}': key row {keyRow} has no sequence.");
                    var row = await table.GetEntityAsync<TableEntity>(service, RowKeyOf(sequence), cancellationToken: cancellationToken).ConfigureAwait(false);
                    return new LedgerAppendResult(LedgerChain.Parse(row.Value.GetString("Json")), Appended: false);
                }

                var headRow = await headRead.ConfigureAwait(false);
                head = headRow.HasValue ? HeadOf(headRow.Value!) : null;
                headETag = headRow.HasValue ? headRow.Value!.ETag : null;
            }

            var entry = LedgerChain.Seal(metadata, hash, size, head, context.Time.GetUtcNow());

            var entryEntity = new TableEntity(service, RowKeyOf(entry.Sequence))
            {
                ["Json"] = LedgerChain.SerializeToString(entry),
                ["Sequence"] = entry.Sequence,
                ["EntryHash"] = entry.EntryHash,
                ["ObligationId"] = metadata.ObligationId,
                ["Period"] = metadata.Period,
                ["ContentHash"] = hash.Hex,
            };
            var keyEntity = new TableEntity(service, keyRow) { ["Sequence"] = entry.Sequence };
            var newHead = new TableEntity(service, HeadRow) { ["Sequence"] = entry.Sequence, ["EntryHash"] = entry.EntryHash };
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Add, entryEntity),
                new(TableTransactionActionType.Add, keyEntity),
                headETag is { } match
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, newHead, match)
                    : new TableTransactionAction(TableTransactionActionType.Add, newHead),
            };

            try
            {
                var responses = (await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false)).Value;
                Remember(service, entry, responses);
                return new LedgerAppendResult(entry, Appended: true);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                knownHeads.TryRemove(service, out _);
                // Another writer committed first: reread the head (or find our content recorded) and try again.
                var pause = Random.Shared.Next(1, Math.Min(5 * attempt, 100));
                await Task.Delay(TimeSpan.FromMilliseconds(pause), context.Time, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new LedgerException($"Ledger '{service}' in {Location}: the append did not succeed after {MaxAttempts} attempts under contention.");
    }

    /// <summary>Keeps the head just written and its ETag, when the service returned one, for the next append.</summary>
    private void Remember(string service, LedgerEntry entry, IReadOnlyList<Response> responses)
    {
        var etag = responses.Count == 3 ? responses[2].Headers.ETag : null;
        if (etag is { } written && !string.IsNullOrEmpty(written.ToString()))
        {
            knownHeads[service] = (new LedgerHead(entry.Sequence, entry.EntryHash), written);
        }
        else
        {
            knownHeads.TryRemove(service, out _);
        }
    }

    private async IAsyncEnumerable<LedgerRow> ReadRowsCoreAsync(string service, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {service} and RowKey ge {EntryPrefix} and RowKey lt {"e."}");
        await foreach (var entity in context.Ledger.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", "Json"], cancellationToken).ConfigureAwait(false))
        {
            var position = $"row {entity.RowKey}";
            var json = entity.GetString("Json");
            if (json is null)
            {
                yield return new LedgerRow(position, null, "the row has no entry");
                continue;
            }

            LedgerRow row;
            try
            {
                row = new LedgerRow(position, LedgerChain.Parse(json), null);
            }
            catch (FormatException ex)
            {
                row = new LedgerRow(position, null, ex.Message);
            }

            yield return row;
        }
    }

    private async IAsyncEnumerable<string> ListServicesCoreAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Every partition with any row is a ledger: a head, an entry or a key row. Listing by head rows alone would let
        // someone who deletes a head drop the whole ledger from verification and listing.
        var services = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var entity in context.Ledger.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1000, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (ServiceNames.IsValid(entity.PartitionKey))
            {
                services.Add(entity.PartitionKey);
            }
        }

        foreach (var service in services)
        {
            yield return service;
        }
    }

    private static LedgerHead HeadOf(TableEntity head) =>
        new(head.GetInt64("Sequence") ?? 0, head.GetString("EntryHash") ?? string.Empty);
}
