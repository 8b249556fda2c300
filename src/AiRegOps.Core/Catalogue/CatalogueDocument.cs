namespace AiRegOps.Core.Catalogue;

/// <summary>The shape of the embedded catalogue file.</summary>
internal sealed record CatalogueDocument
{
    /// <summary>The dated version of the catalogue, so an auditor can say which rule set was run.</summary>
    public required string Version { get; init; }

    public required IReadOnlyList<Regulation> Regulations { get; init; }
    public required IReadOnlyList<Obligation> Obligations { get; init; }
}
