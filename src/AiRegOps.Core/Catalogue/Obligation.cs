namespace AiRegOps.Core.Catalogue;

/// <summary>One legal duty with its sources, applicability, deadline rules and evidence.</summary>
public sealed record Obligation
{
    /// <summary>Stable id, e.g. "arr-algorithm-filing". Never reused or renamed.</summary>
    public required string Id { get; init; }

    /// <summary>The seed document's numbering ("A.1".."A.4", "B.1".."B.30"), or null for newer obligations.</summary>
    public string? SeedRef { get; init; }

    public required string Title { get; init; }
    public string? TitleZh { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<ObligorRole> Roles { get; init; }
    public required ObligationPhase Phase { get; init; }
    public required IReadOnlyList<SourceCitation> Sources { get; init; }
    public Applicability Applicability { get; init => field = value ?? Applicability.Always; } = Applicability.Always;

    /// <summary>Deadline rules; empty means a continuing duty.</summary>
    public IReadOnlyList<DeadlineRule> Deadlines { get; init => field = value ?? []; } = [];

    /// <summary>The profile record that satisfies an occurrence, if any (completion records always do).</summary>
    public SatisfyingRecord SatisfiedBy { get; init; } = SatisfyingRecord.None;

    /// <summary>What shows the obligation is met.</summary>
    public IReadOnlyList<string> Evidence { get; init => field = value ?? []; } = [];

    /// <summary>Overall confidence: the weakest of the facts the obligation rests on.</summary>
    public Confidence Confidence { get; init; } = Confidence.SingleSource;

    public IReadOnlyList<Discrepancy> Discrepancies { get; init => field = value ?? []; } = [];
    public string? Notes { get; init; }

    /// <summary>The regulations this obligation cites.</summary>
    public IEnumerable<string> RegulationIds => Sources.Select(s => s.RegulationId).Distinct(StringComparer.Ordinal);

    public override string ToString() => SeedRef is null ? $"{Id}: {Title}" : $"{Id} [{SeedRef}]: {Title}";
}
