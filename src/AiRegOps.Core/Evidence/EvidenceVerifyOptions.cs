namespace AiRegOps.Core.Evidence;

public sealed record EvidenceVerifyOptions
{
    /// <summary>One service, or every service with a ledger when null.</summary>
    public string? Service { get; init; }

    public BlobCheck Blobs { get; init; } = BlobCheck.Content;

    /// <summary>Report blobs no entry refers to and staging leftovers (only when every service is verified).</summary>
    public bool FindOrphans { get; init; } = true;

    /// <summary>How many blobs are checked at once.</summary>
    public int Parallelism { get; init; } = 4;

    public static EvidenceVerifyOptions Default { get; } = new();
}
