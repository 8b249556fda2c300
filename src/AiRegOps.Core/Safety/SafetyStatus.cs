namespace AiRegOps.Core.Safety;

/// <summary>Whether a requirement is met by the observed numbers.</summary>
public enum SafetyStatus
{
    Met,
    NotMet,

    /// <summary>The input the requirement needs was not given (no keyword library, no corpus sample, no corpus size).</summary>
    NotAssessed,
}
