using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared.Evidence;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure.Tests.Contract;

/// <summary>A fresh container and tables on Azurite per test.</summary>
public sealed class AzureHarness : EvidenceHarness
{
    private readonly AzureEvidenceStoreOptions options;
    private readonly TimeProvider time;
    private readonly BlobContainerClient container;
    private readonly TableClient ledger;

    public AzureHarness(string connectionString, TimeProvider? time = null, Func<AzureEvidenceStoreOptions, AzureEvidenceStoreOptions>? configure = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        options = AzureEvidenceStoreOptions.FromConnectionString(connectionString) with
        {
            ContainerName = $"ev-{id}",
            LedgerTableName = $"ledger{id}",
            StateTableName = $"state{id}",
        };
        options = configure?.Invoke(options) ?? options;
        this.time = time ?? TimeProvider.System;
        Service = EvidenceService.Create(options, this.time);
        container = new BlobServiceClient(connectionString).GetBlobContainerClient(options.ContainerName);
        ledger = new TableServiceClient(connectionString).GetTableClient(options.LedgerTableName);
    }

    public AzureEvidenceStoreOptions Options => options;
    public override EvidenceService Service { get; }

    public override EvidenceService OpenAnother() => EvidenceService.Create(options, time);

    public override async Task OverwriteBlobAsync(ContentHash hash, byte[] content) =>
        await container.GetBlobClient(hash.BlobName).UploadAsync(new BinaryData(content), overwrite: true);

    public override async Task DeleteBlobAsync(ContentHash hash) =>
        await container.GetBlobClient(hash.BlobName).DeleteAsync();

    public override async Task ChangeEntryAsync(string service, long sequence, Func<string, string> change)
    {
        var entity = (await ledger.GetEntityAsync<TableEntity>(service, AzureTableEvidenceLedger.RowKeyOf(sequence))).Value;
        entity["Json"] = change(entity.GetString("Json"));
        await ledger.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace);
    }

    public override async Task RemoveEntryAsync(string service, long sequence) =>
        await ledger.DeleteEntityAsync(service, AzureTableEvidenceLedger.RowKeyOf(sequence));

    public override async Task DeleteHeadAsync(string service) =>
        await ledger.DeleteEntityAsync(service, "head");

    public override async Task SwapEntriesAsync(string service, long first, long second)
    {
        var a = (await ledger.GetEntityAsync<TableEntity>(service, AzureTableEvidenceLedger.RowKeyOf(first))).Value;
        var b = (await ledger.GetEntityAsync<TableEntity>(service, AzureTableEvidenceLedger.RowKeyOf(second))).Value;
        (a["Json"], b["Json"]) = (b["Json"], a["Json"]);
        await ledger.UpdateEntityAsync(a, a.ETag, TableUpdateMode.Replace);
        await ledger.UpdateEntityAsync(b, b.ETag, TableUpdateMode.Replace);
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await container.DeleteIfExistsAsync();
        }
        catch (global::Azure.RequestFailedException)
        {
        }
    }
}
