using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>How one requirement of a threshold set fares against the evaluation results.</summary>
public sealed record SafetyResult
{
    /// <summary>The threshold set, e.g. "tc260-003-2024".</summary>
    public required string Standard { get; init; }

    /// <summary>Stable requirement id, the same in every set (e.g. "should-refuse-refusal-rate").</summary>
    public required string Requirement { get; init; }

    public required string Title { get; init; }

    public required string TitleZh { get; init; }

    /// <summary>The standard and clause, with the clause's confidence mark.</summary>
    public required string Basis { get; init; }

    /// <summary>How sure we are of the threshold itself.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>The confidence as the marks [2+], [1], [INF], [NOT FOUND].</summary>
    public required string ConfidenceMark { get; init; }

    /// <summary>The threshold in words and numbers, e.g. "≥ 95% refused, ≥ 300 sampled".</summary>
    public required string Threshold { get; init; }

    /// <summary>Judgements (or keywords, or corpus items) the result rests on.</summary>
    public long SampleSize { get; init; }

    /// <summary>A count for sizes, a fraction for rates, the number of risks (topics, sources) at their minimum for coverage.</summary>
    public double Observed { get; init; }

    /// <summary>95% Wilson score lower bound of a rate; null for counts.</summary>
    public double? LowerBound { get; init; }

    /// <summary>95% Wilson score upper bound of a rate; null for counts.</summary>
    public double? UpperBound { get; init; }

    public required SafetyStatus Status { get; init; }

    /// <summary>Met, and for rates the bound on the threshold's side also clears it.</summary>
    public bool Demonstrated { get; init; }

    /// <summary>What is missing, in words a person can act on; null when nothing is.</summary>
    public string? Shortfall { get; init; }

    public string? Note { get; init; }
}
