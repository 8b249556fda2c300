namespace AiRegOps.Core.Watch;

/// <summary>Opens a file a release pipeline uploaded for a deployment event (Blob Storage in production).</summary>
public interface IEvidenceContentSource
{
    /// <summary>Opens the blob for reading.</summary>
    /// <exception cref="FileNotFoundException">No such blob (yet): the message is retried, the pipeline may still be uploading.</exception>
    Task<Stream> OpenAsync(string container, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Why this source will not open <paramref name="container"/>/<paramref name="name"/> (a container it is not
    /// configured to read, a name that leaves its container), or null. Checked for every file of an event before
    /// anything is written.
    /// </summary>
    string? Refusal(string container, string name) => BlobReferenceRules.NameProblem(name);
}
