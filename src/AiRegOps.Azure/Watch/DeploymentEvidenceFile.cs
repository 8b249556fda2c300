namespace AiRegOps.Azure.Watch;

/// <summary>A local file a release pipeline sends as evidence of one obligation with its deployment event.</summary>
public sealed record DeploymentEvidenceFile
{
    public required string ObligationId { get; init; }

    /// <summary>The file on disk.</summary>
    public required string Path { get; init; }

    /// <summary>The period it covers; null for the obligation's earliest open period after the event.</summary>
    public string? Period { get; init; }

    public string? MediaType { get; init; }
    public string? Note { get; init; }
}
