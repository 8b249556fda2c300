using AiRegOps.Core.Evidence;
using AiRegOps.Core.State;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure;

/// <summary>Obligation state in an Azure table: one partition per service, one row per fact (row key: digest of its key).</summary>
public sealed class AzureTableObligationStateStore : IObligationStateStore
{
    private readonly AzureContext context;

    internal AzureTableObligationStateStore(AzureContext context) => this.context = context;

    public string Location => $"Azure table '{context.State.Name}' at {context.TableHost} (account {context.Account})";

    public Task<bool> RecordAsync(ObligationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var service = ServiceNames.Validate(record.Service, nameof(record));
        return context.RunAsync($"recording obligation state of '{service}'", table: true, async ct =>
        {
            var rowKey = LedgerKey.Digest(record.Key);
            var json = StateRecordJson.Serialize(record);
            var entity = new TableEntity(service, rowKey) { ["Json"] = json };
            try
            {
                // Most facts are new: one request; a fact already there is compared and replaced only if it differs.
                await context.State.AddEntityAsync(entity, ct).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }

            var existing = await context.State.GetEntityIfExistsAsync<TableEntity>(service, rowKey, cancellationToken: ct).ConfigureAwait(false);
            if (existing.HasValue && string.Equals(existing.Value!.GetString("Json"), json, StringComparison.Ordinal))
            {
                return false;
            }

            await context.State.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ObligationStateRecord>> GetAsync(string service, CancellationToken cancellationToken)
    {
        ServiceNames.Validate(service);
        return context.RunAsync($"reading obligation state of '{service}'", table: true, async ct =>
        {
            var records = new List<ObligationStateRecord>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {service}");
            await foreach (var entity in context.State.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
            {
                if (entity.GetString("Json") is { } json)
                {
                    records.Add(StateRecordJson.Deserialize(json));
                }
            }

            return (IReadOnlyList<ObligationStateRecord>)records.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        }, cancellationToken);
    }
}
