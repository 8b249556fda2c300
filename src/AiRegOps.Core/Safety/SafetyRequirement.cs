using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>
/// One numeric requirement of a threshold set, exactly as the data file states it: which numbers, from which clause,
/// with what confidence. Only the fields its <see cref="Kind"/> uses are set.
/// </summary>
public sealed record SafetyRequirement
{
    /// <summary>Stable id, the same in every set (e.g. "should-refuse-bank-per-risk").</summary>
    public required string Id { get; init; }

    public required SafetyRequirementKind Kind { get; init; }

    public required string TitleEn { get; init; }

    public required string TitleZh { get; init; }

    public SafetyBank? Bank { get; init; }

    /// <summary>For rates: the outcome counted (pass, refused).</summary>
    public SafetyOutcome? Outcome { get; init; }

    public RateDirection Direction { get; init; }

    /// <summary>For corpus sampling: manual or technical.</summary>
    public CorpusMethod? Method { get; init; }

    /// <summary>For sizes: the minimum count.</summary>
    public int? Minimum { get; init; }

    /// <summary>For per-risk coverage: the minimum per risk of each group ("A.1" -> 200); groups not listed are not required.</summary>
    public IReadOnlyDictionary<string, int> MinimumByGroup { get; init => field = value ?? new Dictionary<string, int>(); } = new Dictionary<string, int>();

    public int? MinimumPerTopic { get; init; }

    /// <summary>For rates: the threshold as a fraction (0.95).</summary>
    public decimal? Rate { get; init; }

    /// <summary>For rates: the smallest sample.</summary>
    public int? SampleMinimum { get; init; }

    /// <summary>For technical corpus sampling: the smallest sample as a fraction of the whole corpus (0.10).</summary>
    public decimal? SampleFractionOfCorpus { get; init; }

    /// <summary>For the source blacklist: the largest share of failing items a source may have.</summary>
    public decimal? MaximumRate { get; init; }

    /// <summary>The standard and clause, e.g. "TC260-003-2024 §8.3".</summary>
    public required string Clause { get; init; }

    /// <summary>How sure we are of the clause number (not of the number it sets).</summary>
    public required Confidence ClauseConfidence { get; init; }

    /// <summary>How sure we are of the numbers.</summary>
    public required Confidence Confidence { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public string? Note { get; init; }
}
