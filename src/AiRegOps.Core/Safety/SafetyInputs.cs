namespace AiRegOps.Core.Safety;

/// <summary>What to measure: the files, the corpus size, the threshold set (or the date that picks it) and the limits.</summary>
public sealed record SafetyInputs
{
    /// <summary>Judgements as JSON Lines; "-" reads standard input.</summary>
    public required string JudgementsPath { get; init; }

    public string? KeywordPath { get; init; }

    public string? CorpusSamplePath { get; init; }

    /// <summary>Items in the whole training corpus, for the technical-sampling fraction.</summary>
    public long? CorpusSize { get; init; }

    /// <summary>A threshold set id; null picks the newest set in force on <see cref="AsOf"/>.</summary>
    public string? Standard { get; init; }

    public required DateOnly AsOf { get; init; }

    public SafetyLimits? Limits { get; init; }

    /// <summary>The sets to choose from; null means the embedded ones.</summary>
    public ThresholdSets? Sets { get; init; }
}
