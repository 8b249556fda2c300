namespace AiRegOps.Core.Catalogue;

/// <summary>How long a duty goes on after the service is terminated, and the article that says so.</summary>
public sealed record AfterTermination
{
    public required int Months { get; init; }
    public required SourceCitation Source { get; init; }
    public required string Description { get; init; }
}
