namespace AiRegOps.Core.Evidence;

/// <summary>
/// Content-addressed blob storage for evidence. Content is stored once under the name derived from its SHA-256,
/// hashed while it streams in, and never overwritten.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>Where the store is, for messages (never a secret).</summary>
    string Location { get; }

    /// <summary>Stores <paramref name="content"/>, hashing it as it streams, under its content-addressed name.</summary>
    /// <returns>Its hash and size, and whether it was created or was already there.</returns>
    Task<StoredContent> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The stored size of the blob named by <paramref name="hash"/>, or null when it is not there.</summary>
    Task<long?> GetSizeAsync(ContentHash hash, CancellationToken cancellationToken);

    /// <summary>Opens the stored blob for reading, unverified (<see cref="EvidenceService"/> verifies as it reads).</summary>
    /// <exception cref="EvidenceNotFoundException">No blob has that hash.</exception>
    Task<Stream> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken);

    /// <summary>Every blob in the store, content-addressed ones and staging leftovers.</summary>
    IAsyncEnumerable<StoredBlob> ListAsync(CancellationToken cancellationToken);

    /// <summary>Deletes a staging leftover (never a content-addressed blob).</summary>
    Task DeleteStagingAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Makes the blob immutable where the store supports it; says so where it does not, rather than pretending.</summary>
    Task<ImmutabilityResult> ApplyImmutabilityAsync(ContentHash hash, ImmutabilityPolicy policy, CancellationToken cancellationToken);
}
