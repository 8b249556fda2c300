using System.Text.Json;

namespace AiRegOps.Tests.Shared.Labels;

/// <summary>Queue messages as Event Grid and pipelines put them on the label-check queue.</summary>
internal static class LabelMessages
{
    /// <summary>An Event Grid (Event Grid schema) BlobCreated event for a storage queue destination, as the service writes it.</summary>
    public static string EventGrid(string container, string name, string? etag = null, string type = "Microsoft.Storage.BlobCreated") => JsonSerializer.Serialize(new
    {
        topic = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/airegops/providers/Microsoft.Storage/storageAccounts/acmedata",
        subject = $"/blobServices/default/containers/{container}/blobs/{name}",
        eventType = type,
        id = $"evt-{container}-{name.Replace('/', '-')}",
        data = new
        {
            api = "PutBlob",
            clientRequestId = "6d79dbfb-0e37-4fc4-981f-442c9ca65760",
            requestId = "831e1650-001e-001b-66ab-eeb76e000000",
            eTag = etag ?? "0x8D4BCC2E4835CD0",
            contentType = "image/png",
            contentLength = 524288,
            blobType = "BlockBlob",
            url = $"https://acmedata.blob.core.windows.net/{container}/{name}",
            sequencer = "00000000000004420000000000028963",
            storageDiagnostics = new { batchId = "b68529f3-68cd-4744-baa4-3c0498ec19f0" },
        },
        dataVersion = "",
        metadataVersion = "1",
        eventTime = "2026-12-01T08:00:00.0000000Z",
    });

    /// <summary>The same event in the CloudEvents 1.0 schema.</summary>
    public static string CloudEvent(string container, string name) => JsonSerializer.Serialize(new
    {
        specversion = "1.0",
        type = "Microsoft.Storage.BlobCreated",
        source = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/airegops/providers/Microsoft.Storage/storageAccounts/acmedata",
        id = "ce-1",
        subject = $"/blobServices/default/containers/{container}/blobs/{name}",
        data = new { api = "PutBlockList", eTag = "0x8D4BCC2E4835CD1", blobType = "BlockBlob" },
    });

    public static string Plain(string container, string name, string service) => JsonSerializer.Serialize(new { container, name, service });
}
