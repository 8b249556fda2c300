using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Profiles;

/// <summary>The organisation that runs the service and the roles it plays for it.</summary>
public sealed record Provider
{
    public required string Name { get; init; }
    public IReadOnlyList<ObligorRole> Roles { get; init; } = [];

    /// <summary>Unified social credit code (统一社会信用代码), if given.</summary>
    public string? CreditCode { get; init; }
}
