namespace AiRegOps.Core.Evidence;

/// <summary>A blob found in the store.</summary>
/// <param name="Name">Its name in the store.</param>
/// <param name="Hash">The hash its name gives; null for a staging leftover.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="LastModified">When it was last written, when the store knows.</param>
public sealed record StoredBlob(string Name, ContentHash? Hash, long Size, DateTimeOffset? LastModified)
{
    public bool IsStaging => Hash is null;
}
