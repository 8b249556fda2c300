namespace AiRegOps.Core.Evidence;

/// <param name="Hash">The SHA-256 computed while the content streamed in.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Created">False when a blob with that hash was already there (nothing was overwritten).</param>
public sealed record StoredContent(ContentHash Hash, long Size, bool Created)
{
    public string BlobName => Hash.BlobName;
}
