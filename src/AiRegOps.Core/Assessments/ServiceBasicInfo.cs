namespace AiRegOps.Core.Assessments;

/// <summary>Basic information of the SA2018 Art. 6(1) report: functions, scope, deployment locations, licences.</summary>
public sealed record ServiceBasicInfo
{
    public required string Service { get; init; }
    public string? DisplayName { get; init; }
    public required string Provider { get; init; }
    public string? CreditCode { get; init; }

    /// <summary>Functions: the declared features, with their Chinese names.</summary>
    public required IReadOnlyList<string> Functions { get; init; }

    /// <summary>Service scope: public in the PRC or not, audiences, technologies.</summary>
    public required IReadOnlyList<string> Scope { get; init; }

    public required IReadOnlyList<string> DeploymentLocations { get; init; }
    public required IReadOnlyList<string> Licences { get; init; }
    public DateOnly? LaunchedOn { get; init; }
}
