namespace AiRegOps.Core.Catalogue;

/// <summary>A place where the seed document and the official text (or two sources) disagree, and what we encoded.</summary>
public sealed record Discrepancy
{
    /// <summary>What the seed document says.</summary>
    public required string SeedSays { get; init; }

    /// <summary>What the official text (or the better source) says.</summary>
    public required string OfficialSays { get; init; }

    /// <summary>What the catalogue encodes and why.</summary>
    public required string Resolution { get; init; }
}
