namespace AiRegOps.Azure.Labels;

/// <summary>A blob whose current version needs a label fixed: where it is, which version, and what the check said.</summary>
public sealed record BlobLabelFinding
{
    public required string Container { get; init; }
    public required string Name { get; init; }
    public required string ETag { get; init; }

    /// <summary>Noncompliant or NotFound.</summary>
    public required string Verdict { get; init; }

    public required string Reason { get; init; }
    public string RuleIds { get; init; } = string.Empty;

    public override string ToString() => $"{Container}/{Name} {Verdict}";
}
