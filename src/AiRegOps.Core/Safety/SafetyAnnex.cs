namespace AiRegOps.Core.Safety;

/// <summary>A saved measurement as the assessment report's annex shows it.</summary>
public sealed record SafetyAnnex
{
    public required string Standard { get; init; }

    public required string StandardName { get; init; }

    public required string StandardKind { get; init; }

    public required DateOnly AsOf { get; init; }

    public IReadOnlyList<string> Inputs { get; init => field = value ?? []; } = [];

    public required IReadOnlyList<SafetyResult> Results { get; init; }
}
