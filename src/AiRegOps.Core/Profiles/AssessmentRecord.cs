namespace AiRegOps.Core.Profiles;

/// <summary>A completed security assessment (SA2018) and what triggered it.</summary>
public sealed record AssessmentRecord
{
    public required DateOnly CompletedOn { get; init; }

    /// <summary>The trigger it answers; launch when not given.</summary>
    public ServiceEventType Trigger { get; init; } = ServiceEventType.Launched;

    /// <summary>Where the report is (path, URL or evidence id).</summary>
    public string? Report { get; init; }
}
