namespace AiRegOps.Azure.Watch;

/// <summary>What Send-DeploymentEvent did: the event, the queue message that carries it and the blobs it uploaded.</summary>
public sealed record DeploymentEventReceipt(
    string Id,
    string Service,
    string Version,
    string Environment,
    string Queue,
    string MessageId,
    IReadOnlyList<string> Blobs);
