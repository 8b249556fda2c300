namespace AiRegOps.Core.Watch;

/// <summary>What a piece of deployment evidence is about, handed to <see cref="IComplianceEvidence"/>.</summary>
public sealed record EvidenceSubmission
{
    public required string Service { get; init; }
    public required string ObligationId { get; init; }

    /// <summary>The period it covers (e.g. <c>function-added@2026-03-02</c>), not the upload time.</summary>
    public required string Period { get; init; }

    public required string FileName { get; init; }
    public string? MediaType { get; init; }
    public string? DeploymentId { get; init; }
    public required string AddedBy { get; init; }
    public string? Note { get; init; }

    /// <summary>The day (in China) the obligation was met: the deployment's day.</summary>
    public required DateOnly CompletedOn { get; init; }
}
