namespace AiRegOps.Core.Watch;

/// <summary>What the processed-message record says about a message id.</summary>
public enum MessageStatus
{
    /// <summary>Not completed before (new, or an earlier delivery died part-way): process it; every step is idempotent.</summary>
    Process,

    /// <summary>Completed before: change nothing.</summary>
    AlreadyProcessed,

    /// <summary>The id was used before for different content: refuse, never apply two deployments under one id.</summary>
    Conflict,
}
