using AiRegOps.Core.Watch;
using Azure;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// Opens files release pipelines uploaded to Blob Storage for deployment events, from the configured containers only.
/// A message names its container and blob, and the app's identity can read more than those containers (the host's own
/// keys, the evidence store): so the container must be one this source was given, and the name must stay inside it.
/// </summary>
public sealed class AzureBlobEvidenceContentSource : IEvidenceContentSource
{
    private readonly BlobServiceClient service;
    private readonly HashSet<string> containers;

    /// <param name="service">The storage account.</param>
    /// <param name="allowedContainers">The containers release pipelines upload evidence to; nothing else is opened.</param>
    public AzureBlobEvidenceContentSource(BlobServiceClient service, IEnumerable<string> allowedContainers)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(allowedContainers);
        this.service = service;
        containers = new HashSet<string>(allowedContainers, StringComparer.Ordinal);
        if (containers.Count == 0)
        {
            throw new ArgumentException("At least one container release pipelines upload evidence to is needed.", nameof(allowedContainers));
        }
    }

    /// <summary>The containers this source opens.</summary>
    public IReadOnlyCollection<string> AllowedContainers => containers;

    public string? Refusal(string container, string name) =>
        !containers.Contains(container ?? string.Empty)
            ? $"container '{Shown(container)}' is not one deployment evidence is read from (configured: {string.Join(", ", containers.Order(StringComparer.Ordinal))})"
            : BlobReferenceRules.NameProblem(name);

    public async Task<Stream> OpenAsync(string container, string name, CancellationToken cancellationToken)
    {
        if (Refusal(container, name) is { } why)
        {
            throw new DeploymentEventException($"Evidence blob refused: {why}.");
        }

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

    private static string Shown(string? container) => AiRegOps.Core.TextSafety.ForMessage(container, 63);
}
