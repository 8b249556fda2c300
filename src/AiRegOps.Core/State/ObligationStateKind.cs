namespace AiRegOps.Core.State;

/// <summary>What recorded that an obligation was met.</summary>
public enum ObligationStateKind
{
    Evidence,
    Filing,
    EthicsRegistration,
    Assessment,
    Other,
}
