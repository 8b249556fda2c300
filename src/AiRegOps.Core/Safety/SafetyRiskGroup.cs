using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>One group of Annex A (A.1 to A.5) with its risks.</summary>
public sealed record SafetyRiskGroup(string Id, string NameZh, string NameEn, Confidence NameConfidence, IReadOnlyList<SafetyRisk> Risks);
