using AiRegOps.Azure.Watch;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// The blobs of each service whose current version fails the label check (partition = service, row = container/name).
/// Only failing blobs have a row: a conformant new version, or a check that finds the blob gone, removes it. The
/// reminder lists these rows, so a service's issue closes when the last one goes.
/// </summary>
public sealed class AzureTableLabelFindingStore
{
    public const string DefaultTableName = "labelfindings";

    private readonly LazyTable table;

    public AzureTableLabelFindingStore(TableServiceClient service, string tableName = DefaultTableName)
    {
        table = new LazyTable(service, tableName);
    }

    /// <summary>
    /// Records the blob's state: <paramref name="finding"/> when it fails, null when it passes or is gone.
    /// Idempotent. Returns whether the blob had a finding before, i.e. whether the service's reminder may change.
    /// </summary>
    public async Task<bool> SetAsync(string service, string container, string name, BlobLabelFinding? finding, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var (partition, row) = (TableKeys.Encode(service), TableKeys.Encode($"{container}/{name}"));
        var existed = (await client.GetEntityIfExistsAsync<TableEntity>(partition, row, ["Verdict"], cancellationToken).ConfigureAwait(false)).HasValue;
        if (finding is null)
        {
            if (existed)
            {
                await client.DeleteEntityAsync(partition, row, ETag.All, cancellationToken).ConfigureAwait(false);
            }

            return existed;
        }

        var entity = new TableEntity(partition, row)
        {
            ["Container"] = finding.Container,
            ["Name"] = finding.Name,
            ["BlobETag"] = finding.ETag,
            ["Verdict"] = finding.Verdict,
            ["Reason"] = Cap(finding.Reason, 1000),
            ["RuleIds"] = Cap(finding.RuleIds, 400),
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return existed;
    }

    /// <summary>The service's failing blobs, in name order, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<BlobLabelFinding>> ListAsync(string service, int max, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<BlobLabelFinding>();
        var filter = $"PartitionKey eq {TableKeys.Literal(TableKeys.Encode(service))}";
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (result.Count >= max)
            {
                break;
            }

            result.Add(new BlobLabelFinding
            {
                Container = entity.GetString("Container") ?? string.Empty,
                Name = entity.GetString("Name") ?? string.Empty,
                ETag = entity.GetString("BlobETag") ?? string.Empty,
                Verdict = entity.GetString("Verdict") ?? string.Empty,
                Reason = entity.GetString("Reason") ?? string.Empty,
                RuleIds = entity.GetString("RuleIds") ?? string.Empty,
            });
        }

        return result;
    }

    private static string Cap(string value, int max) => value.Length <= max ? value : value[..max];
}
