namespace AiRegOps.Core.Evidence;

/// <summary>What a piece of evidence is about. The period is the one it covers, not the time it was added.</summary>
public sealed record EvidenceMetadata
{
    /// <summary>The service (its profile name).</summary>
    public required string Service { get; init; }

    /// <summary>The obligation it shows is met.</summary>
    public required string ObligationId { get; init; }

    /// <summary>The period key it covers (e.g. <c>launched@2025-09-26</c>, <c>FY2025</c>, <c>continuous</c>).</summary>
    public required string Period { get; init; }

    /// <summary>The deployment or release it belongs to, if any.</summary>
    public string? DeploymentId { get; init; }

    /// <summary>Who added it.</summary>
    public required string AddedBy { get; init; }

    public string? Note { get; init; }

    /// <summary>The original file name, for display and downloads.</summary>
    public string? FileName { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The date the obligation was met; the date in China the evidence was added when not given.</summary>
    public DateOnly? CompletedOn { get; init; }
}
