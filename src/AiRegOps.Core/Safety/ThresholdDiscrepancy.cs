namespace AiRegOps.Core.Safety;

/// <summary>Sources disagree about a fact of a threshold set (its in-force date): what we encoded, the other value, why.</summary>
public sealed record ThresholdDiscrepancy(string Fact, string Encoded, string Other, string Note);
