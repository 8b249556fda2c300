using AiRegOps.Core.Watch;
using Azure;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure.Watch;

/// <summary>Opens files release pipelines uploaded to Blob Storage for deployment events.</summary>
public sealed class AzureBlobEvidenceContentSource : IEvidenceContentSource
{
    private readonly BlobServiceClient service;

    public AzureBlobEvidenceContentSource(BlobServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        this.service = service;
    }

    public async Task<Stream> OpenAsync(string container, string name, CancellationToken cancellationToken)
    {
        try
        {
            var blob = service.GetBlobContainerClient(container).GetBlobClient(name);
            return await blob.OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new FileNotFoundException($"Evidence blob '{name}' is not in container '{container}' (yet); the message will be retried.", name, ex);
        }
    }
}
