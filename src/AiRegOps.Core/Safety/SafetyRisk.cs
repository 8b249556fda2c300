using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>One risk of Annex A, such as A.2.4. Names are recalled, not verified: <see cref="NameConfidence"/> says so.</summary>
public sealed record SafetyRisk(string Id, string GroupId, string NameZh, string NameEn, Confidence NameConfidence);
