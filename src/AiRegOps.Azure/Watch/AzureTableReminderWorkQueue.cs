using System.Text.Json;
using AiRegOps.Core.Reminders;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// <see cref="IReminderWorkQueue"/> on one Azure table, so a sweep larger than an hour's write allowance continues on
/// the next timer run in any instance. Items: partition "item|repository", row = item id, with the item as JSON, its
/// queue order, visibility and delivery count. Locks: partition "lock", row = repository, with holder and expiry.
/// Every change that must not race (taking an item, taking a lock) is a conditional update on the entity's ETag: of
/// two runs that read the same item, only one update succeeds (412 for the other), so no item is delivered twice
/// while its lease lasts. <see cref="InMemoryReminderWorkQueue"/> is the reference for the semantics.
/// </summary>
public sealed class AzureTableReminderWorkQueue : IReminderWorkQueue
{
    public const string DefaultTableName = "reminderwork";
    private const string LockPartition = "lock";
    private const string ItemPrefix = "item|";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly LazyTable table;
    private readonly TimeProvider time;

    public AzureTableReminderWorkQueue(TableServiceClient service, TimeProvider time, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(time);
        table = new LazyTable(service, tableName);
        this.time = time;
    }

    public async Task<bool> TryLockAsync(RepositoryRef repository, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Encode(repository.ToString());
        var now = time.GetUtcNow();
        var entity = new TableEntity(LockPartition, key) { ["Holder"] = holder, ["Until"] = now + duration };
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(LockPartition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            if (!existing.HasValue)
            {
                await client.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return true;
            }

            var current = existing.Value!;
            if (current.GetString("Holder") != holder && current.GetDateTimeOffset("Until") > now)
            {
                return false;
            }

            await client.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another run took or renewed the lock between our read and our write.
            return false;
        }
    }

    public async Task UnlockAsync(RepositoryRef repository, string holder, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Encode(repository.ToString());
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(LockPartition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (existing.HasValue && existing.Value!.GetString("Holder") == holder)
        {
            try
            {
                await client.DeleteEntityAsync(LockPartition, key, existing.Value.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Lapsed and taken by another run: it is theirs now.
            }
        }
    }

    public async Task ReplaceAsync(RepositoryRef repository, IReadOnlyList<ReminderWorkItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(repository);
        var previous = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var entity in client.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Literal(partition)}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            previous[entity.RowKey] = entity;
        }

        var now = time.GetUtcNow();
        var actions = new List<TableTransactionAction>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var row = TableKeys.Encode(item.Id);
            keep.Add(row);

            // A re-planned write keeps its delivery count: if it may have happened, the next run must still check.
            var deliveries = previous.TryGetValue(row, out var old) ? old.GetInt32("Deliveries") ?? 0 : 0;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row)
            {
                ["Repository"] = repository.ToString(),
                ["Item"] = JsonSerializer.Serialize(item, Json),
                ["Sequence"] = (now.UtcTicks * 1000) + i,
                ["VisibleAt"] = now,
                ["Deliveries"] = deliveries,
                ["Receipt"] = string.Empty,
            }));
        }

        actions.AddRange(previous.Values.Where(e => !keep.Contains(e.RowKey)).Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)));

        // A transaction holds at most 100 operations on one partition; the caller holds the repository's lock.
        foreach (var chunk in actions.Chunk(100))
        {
            await client.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<RepositoryRef>> ReadyRepositoriesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ready = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var entity in QueryItemsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetDateTimeOffset("VisibleAt") <= now)
            {
                var repository = entity.GetString("Repository");
                var sequence = entity.GetInt64("Sequence") ?? 0;
                ready[repository] = ready.TryGetValue(repository, out var min) ? Math.Min(min, sequence) : sequence;
            }
        }

        return [.. ready.OrderBy(kv => kv.Value).Select(kv => RepositoryRef.Parse(kv.Key))];
    }

    public async Task<ReminderWorkLease?> TakeAsync(RepositoryRef repository, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var candidates = new List<TableEntity>();
        await foreach (var entity in QueryItemsAsync(repository, cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetDateTimeOffset("VisibleAt") <= now)
            {
                candidates.Add(entity);
            }
        }

        foreach (var entity in candidates.OrderBy(e => e.GetInt64("Sequence") ?? 0))
        {
            var deliveries = (entity.GetInt32("Deliveries") ?? 0) + 1;
            var receipt = Guid.NewGuid().ToString("N");
            var update = new TableEntity(entity.PartitionKey, entity.RowKey)
            {
                ["VisibleAt"] = now + visibility,
                ["Deliveries"] = deliveries,
                ["Receipt"] = receipt,
            };
            try
            {
                await client.UpdateEntityAsync(update, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Another run took it (or a new plan replaced it) since we read it: try the next one.
                continue;
            }

            // RepositoryRef is a struct that JSON cannot rebuild through its constructor; the partition says which it is.
            var item = (JsonSerializer.Deserialize<ReminderWorkItem>(entity.GetString("Item"), Json)
                ?? throw new InvalidOperationException($"Work item {entity.RowKey} of {repository} is empty.")) with { Repository = repository };
            return new ReminderWorkLease { Item = item, Receipt = $"{entity.RowKey}|{receipt}", DeliveryCount = deliveries };
        }

        return null;
    }

    public async Task CompleteAsync(ReminderWorkLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        if (await FindLeasedAsync(client, lease, cancellationToken).ConfigureAwait(false) is not { } entity)
        {
            return;
        }

        try
        {
            await client.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Re-planned or re-taken since: a stale receipt changes nothing.
        }
    }

    public async Task ReturnAsync(ReminderWorkLease lease, DateTimeOffset visibleAt, bool attempted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        if (await FindLeasedAsync(client, lease, cancellationToken).ConfigureAwait(false) is not { } entity)
        {
            return;
        }

        var deliveries = entity.GetInt32("Deliveries") ?? 0;
        var update = new TableEntity(entity.PartitionKey, entity.RowKey)
        {
            ["VisibleAt"] = visibleAt,
            ["Receipt"] = string.Empty,
            ["Deliveries"] = attempted ? deliveries : Math.Max(0, deliveries - 1),
        };
        try
        {
            await client.UpdateEntityAsync(update, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Re-planned or re-taken since: a stale receipt changes nothing.
        }
    }

    public async Task<int> CountAsync(RepositoryRef? repository, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in QueryItemsAsync(repository, cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    public async Task<DateTimeOffset?> NextVisibleAtAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        await foreach (var entity in QueryItemsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetDateTimeOffset("VisibleAt") is { } at && at > now && (next is null || at < next))
            {
                next = at;
            }
        }

        return next;
    }

    private static string Partition(RepositoryRef repository) => ItemPrefix + TableKeys.Encode(repository.ToString());

    private async IAsyncEnumerable<TableEntity> QueryItemsAsync(RepositoryRef? repository, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);

        // '|' + 1 is '}': the range of every partition that starts with "item|".
        var filter = repository is { } r
            ? $"PartitionKey eq {TableKeys.Literal(Partition(r))}"
            : $"PartitionKey ge {TableKeys.Literal(ItemPrefix)} and PartitionKey lt {TableKeys.Literal("item}")}";
        var select = new[] { "PartitionKey", "RowKey", "Repository", "Sequence", "VisibleAt", "Deliveries", "Receipt" };
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, select: repository is null ? select : null, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    private static async Task<TableEntity?> FindLeasedAsync(TableClient client, ReminderWorkLease lease, CancellationToken cancellationToken)
    {
        var bar = lease.Receipt.LastIndexOf('|');
        if (bar <= 0)
        {
            return null;
        }

        var row = lease.Receipt[..bar];
        var receipt = lease.Receipt[(bar + 1)..];
        var response = await client.GetEntityIfExistsAsync<TableEntity>(Partition(lease.Item.Repository), row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value!.GetString("Receipt") == receipt ? response.Value : null;
    }
}
