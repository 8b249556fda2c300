namespace AiRegOps.Core.Evidence;

/// <summary>How much of each referenced blob verification checks.</summary>
public enum BlobCheck
{
    /// <summary>The ledger chain only.</summary>
    None,

    /// <summary>That each blob exists with the recorded size.</summary>
    Existence,

    /// <summary>That each blob's content still has its hash (reads every blob).</summary>
    Content,
}
