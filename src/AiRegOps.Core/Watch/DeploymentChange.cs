using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Watch;

/// <summary>One change a deployment made, as an event type of the profile vocabulary.</summary>
public sealed record DeploymentChange
{
    public required ServiceEventType Type { get; init; }
    public string? Feature { get; init; }
    public string? Subject { get; init; }
    public string? Note { get; init; }
}
