using AiRegOps.Core.Evidence;
using Azure.Core;

namespace AiRegOps.Azure;

/// <summary>One-liners that open evidence on Azure Storage.</summary>
public static class AzureEvidenceStoreFactory
{
    public static EvidenceService FromConnectionString(string connectionString, TimeProvider? time = null) =>
        EvidenceService.Create(AzureEvidenceStoreOptions.FromConnectionString(connectionString), time);

    public static EvidenceService FromAccountUrl(Uri blobEndpoint, TokenCredential? credential = null, TimeProvider? time = null) =>
        EvidenceService.Create(AzureEvidenceStoreOptions.FromAccountUrl(blobEndpoint, credential), time);
}
