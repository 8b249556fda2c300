using AiRegOps.Core.Catalogue.Conditions;

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

    /// <summary>When the obligation applies beyond its roles: a condition of the catalogue's condition language.</summary>
    public Condition When { get; init => field = value ?? Condition.Always; } = Condition.Always;

    /// <summary>The role test followed by <see cref="When"/>, compiled once for allocation-free evaluation.</summary>
    public CompiledCondition Compiled => field ??= CompiledCondition.Compile(new Condition
    {
        Operator = ConditionOperator.AllOf,
        Children = [RoleTest(Roles), When],
    });

    /// <summary>A duty that outlives the service (log retention), or null when it ends with the service.</summary>
    public AfterTermination? AfterTermination { get; init; }

    /// <summary>What the law provides for a breach, when the catalogue records it.</summary>
    public Penalty? Penalty { get; init; }

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

    private static Condition RoleTest(IReadOnlyList<ObligorRole> roles)
    {
        var mask = 0UL;
        foreach (var role in roles)
        {
            mask |= 1UL << (int)role;
        }

        return new Condition { Operator = ConditionOperator.In, Fact = Facts.All[Facts.Roles], Mask = mask, Path = "roles" };
    }

    public override string ToString() => SeedRef is null ? $"{Id}: {Title}" : $"{Id} [{SeedRef}]: {Title}";
}
