namespace AiRegOps.Core.Watch;

/// <summary>A file a deployment offers as evidence: a blob the pipeline uploaded, or small content inline.</summary>
public sealed record DeploymentEvidence
{
    public required string ObligationId { get; init; }

    /// <summary>The period it covers; null means the obligation's earliest open period in the service's schedule.</summary>
    public string? Period { get; init; }

    /// <summary>The file name.</summary>
    public required string Name { get; init; }

    public string? MediaType { get; init; }
    public string? Note { get; init; }

    /// <summary>Where the pipeline put the file (container, blob name), or null for inline content.</summary>
    public (string Container, string Name)? Blob { get; init; }

    /// <summary>Inline content (at most <see cref="DeploymentEventReader.MaxInlineBytes"/> bytes), or null for a blob.</summary>
    public ReadOnlyMemory<byte>? Inline { get; init; }

    public override string ToString() => $"{ObligationId} {Name}";
}
