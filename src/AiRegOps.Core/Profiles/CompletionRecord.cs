namespace AiRegOps.Core.Profiles;

/// <summary>A record that an obligation was met for one period, from the profile or from the evidence state.</summary>
public sealed record CompletionRecord
{
    public required string ObligationId { get; init; }

    /// <summary>The period key it covers; null covers every period (for continuing duties).</summary>
    public string? Period { get; init; }

    public required DateOnly CompletedOn { get; init; }

    /// <summary>What proves it: a path, URL or evidence id.</summary>
    public string? Evidence { get; init; }
}
