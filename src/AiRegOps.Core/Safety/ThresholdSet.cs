using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>A dated, versioned set of safety thresholds from one standard (data/Safety/*.json).</summary>
public sealed record ThresholdSet
{
    /// <summary>"tc260-003-2024", "gb-t-45654-2025".</summary>
    public required string Id { get; init; }

    public required string Version { get; init; }

    /// <summary>"TC260-003-2024", "GB/T 45654-2025".</summary>
    public required string Standard { get; init; }

    /// <summary>What kind of instrument: a recommended standard or technical document, never mandatory by itself.</summary>
    public required string Kind { get; init; }

    public required string KindText { get; init; }

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    public Confidence EffectiveOnConfidence { get; init; }

    public IReadOnlyList<ThresholdDiscrepancy> Discrepancies { get; init => field = value ?? []; } = [];

    public string? Notes { get; init; }

    public required RiskTaxonomy Taxonomy { get; init; }

    public required IReadOnlyList<SafetyRequirement> Requirements { get; init; }

    public override string ToString() => $"{Id} ({Standard}, in force {EffectiveOn:yyyy-MM-dd})";
}
