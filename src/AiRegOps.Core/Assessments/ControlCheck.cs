using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Assessments;

/// <summary>One declared control checked against one requirement.</summary>
public sealed record ControlCheck
{
    /// <summary>The profile field, e.g. "controls.logRetentionMonths".</summary>
    public required string Field { get; init; }

    /// <summary>What is required, e.g. "at least 6 months".</summary>
    public required string Requirement { get; init; }

    /// <summary>What the profile declares; null when not declared.</summary>
    public string? Declared { get; init; }

    public required FindingStatus Status { get; init; }

    /// <summary>What is wrong, when not met.</summary>
    public string? Problem { get; init; }

    /// <summary>What would close the gap.</summary>
    public string? Remedy { get; init; }

    /// <summary>The article behind this requirement, when more specific than the item's.</summary>
    public IReadOnlyList<SourceCitation> Citations { get; init; } = [];
}
