namespace AiRegOps.Core.Catalogue;

/// <summary>What the law provides for a breach of an obligation.</summary>
public sealed record Penalty
{
    public required string Text { get; init; }
    public required SourceCitation Source { get; init; }
}
