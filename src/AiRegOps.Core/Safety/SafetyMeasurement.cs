namespace AiRegOps.Core.Safety;

/// <summary>The outcome of one measurement: which set was applied, to which inputs, and one result per requirement.</summary>
public sealed record SafetyMeasurement
{
    public required ThresholdSet Set { get; init; }

    public required DateOnly AsOf { get; init; }

    public required IReadOnlyList<SafetyResult> Results { get; init; }

    /// <summary>Things worth knowing that do not fail the input (repeated keywords, a set chosen by date).</summary>
    public IReadOnlyList<string> Warnings { get; init => field = value ?? []; } = [];

    public bool AllMet => Results.All(r => r.Status == SafetyStatus.Met);
}
