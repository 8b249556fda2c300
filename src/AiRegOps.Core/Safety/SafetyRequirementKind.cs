namespace AiRegOps.Core.Safety;

/// <summary>The shapes of requirement a threshold set holds; each is scored by its own rule in <see cref="SafetyEvaluator"/>.</summary>
public enum SafetyRequirementKind
{
    BankSize,
    BankPerRisk,
    BankPerTopic,
    KeywordSize,
    KeywordPerRisk,
    Rate,
    CorpusSample,
    SourceBlacklist,
}
