namespace AiRegOps.Core.Safety;

/// <summary>A saved measurement as the assessment report's annex shows it.</summary>
public sealed record SafetyAnnex
{
    public required string Standard { get; init; }

    public required string StandardName { get; init; }

    public required string StandardKind { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>The threshold set's version, when known.</summary>
    public string? Version { get; init; }

    public IReadOnlyList<string> Inputs { get; init => field = value ?? []; } = [];

    public required IReadOnlyList<SafetyResult> Results { get; init; }

    public static SafetyAnnex From(SafetyMeasurement measurement, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(inputs);
        var set = measurement.Set;
        return new SafetyAnnex
        {
            Standard = set.Id,
            StandardName = $"{set.Standard} {set.NameZh}",
            StandardKind = set.KindText,
            Version = set.Version,
            AsOf = measurement.AsOf,
            Inputs = [.. inputs],
            Results = measurement.Results,
        };
    }
}
