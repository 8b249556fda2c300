using AiRegOps.Core.Watch;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// Deployment-event ids in a table (partition = id): an insert-if-not-exists records the id and its fingerprint before
/// any side effect; the row is marked completed after the last one.
/// </summary>
public sealed class AzureTableProcessedMessageStore : IProcessedMessageStore
{
    public const string DefaultTableName = "deploymentmessages";

    private readonly LazyTable table;
    private readonly TimeProvider time;

    public AzureTableProcessedMessageStore(TableServiceClient service, TimeProvider time, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(time);
        table = new LazyTable(service, tableName);
        this.time = time;
    }

    public async Task<MessageStatus> BeginAsync(string id, string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Encode(id);
        try
        {
            await client.AddEntityAsync(
                new TableEntity(key, string.Empty) { ["Fingerprint"] = fingerprint, ["Completed"] = false, ["ReceivedAt"] = time.GetUtcNow() },
                cancellationToken).ConfigureAwait(false);
            return MessageStatus.Process;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await client.GetEntityAsync<TableEntity>(key, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return existing.GetString("Fingerprint") != fingerprint ? MessageStatus.Conflict
                : existing.GetBoolean("Completed") == true ? MessageStatus.AlreadyProcessed : MessageStatus.Process;
        }
    }

    public async Task CompleteAsync(string id, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.UpdateEntityAsync(
            new TableEntity(TableKeys.Encode(id), string.Empty) { ["Completed"] = true, ["CompletedAt"] = time.GetUtcNow() },
            ETag.All,
            TableUpdateMode.Merge,
            cancellationToken).ConfigureAwait(false);
    }
}
