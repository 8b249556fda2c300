namespace AiRegOps.Core.Watch;

/// <summary>Opens a file a release pipeline uploaded for a deployment event (Blob Storage in production).</summary>
public interface IEvidenceContentSource
{
    /// <summary>Opens the blob for reading.</summary>
    /// <exception cref="FileNotFoundException">No such blob (yet): the message is retried, the pipeline may still be uploading.</exception>
    Task<Stream> OpenAsync(string container, string name, CancellationToken cancellationToken);
}
