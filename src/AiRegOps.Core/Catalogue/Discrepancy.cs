namespace AiRegOps.Core.Catalogue;

/// <summary>A place where a secondary or recalled reading and the official text (or two sources) disagree, and what we encoded.</summary>
public sealed record Discrepancy
{
    /// <summary>What the other reading says, with the public source it comes from (a summary, a draft, a press report).</summary>
    public required string Claim { get; init; }

    /// <summary>What the official text (or the better source) says.</summary>
    public required string OfficialSays { get; init; }

    /// <summary>What the catalogue encodes and why.</summary>
    public required string Resolution { get; init; }
}
