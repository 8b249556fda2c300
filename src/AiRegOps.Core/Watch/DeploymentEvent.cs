namespace AiRegOps.Core.Watch;

/// <summary>A deployment event (schema airegops/deployment/v1), validated.</summary>
public sealed record DeploymentEvent
{
    public const string ApiVersion = "airegops/deployment/v1";
    public const string Kind = "DeploymentEvent";

    /// <summary>The idempotency key: one deployment, however often its message is delivered.</summary>
    public required string Id { get; init; }

    public required string Service { get; init; }
    public required string Version { get; init; }
    public required string Environment { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Who or what deployed (a pipeline, a person); recorded as who added the evidence.</summary>
    public string? DeployedBy { get; init; }

    public IReadOnlyList<DeploymentChange> Changes { get; init; } = [];
    public IReadOnlyList<DeploymentEvidence> Evidence { get; init; } = [];

    public override string ToString() => $"deployment {Id}: {Service} {Version} to {Environment}";
}
