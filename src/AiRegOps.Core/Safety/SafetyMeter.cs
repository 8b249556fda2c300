namespace AiRegOps.Core.Safety;

/// <summary>
/// The one entry point behind Measure-GenAiSafety: choose the threshold set, stream each input file once, score.
/// Any input error fails the whole measurement with every error found (no partial result).
/// </summary>
public static class SafetyMeter
{
    public static SafetyMeasurement Measure(SafetyInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var sets = inputs.Sets ?? ThresholdSets.Default;
        var set = sets.Select(inputs.Standard, inputs.AsOf);
        var limits = inputs.Limits ?? SafetyLimits.Default;
        var warnings = new List<string>();
        if (inputs.Standard is null)
        {
            warnings.Add($"Scored against {set.Standard} ({set.Id}), the newest threshold set in force on {inputs.AsOf:yyyy-MM-dd}; choose another with -Standard.");
        }

        var judgements = Read(inputs.JudgementsPath, s => JudgementReader.Read(s, inputs.JudgementsPath, set.Taxonomy, limits, cancellationToken));
        var keywords = inputs.KeywordPath is { } kp ? Read(kp, s => KeywordReader.Read(s, kp, set.Taxonomy, limits, cancellationToken)) : null;
        var corpus = inputs.CorpusSamplePath is { } cp ? Read(cp, s => CorpusSampleReader.Read(s, cp, limits, cancellationToken)) : null;
        if (keywords is { RepeatedRows: > 0 })
        {
            warnings.Add($"{inputs.KeywordPath}: {keywords.RepeatedRows} rows repeat a keyword under the same risk; each counted once.");
        }

        return new SafetyMeasurement
        {
            Set = set,
            AsOf = inputs.AsOf,
            Results = SafetyEvaluator.Evaluate(set, judgements, keywords, corpus, inputs.CorpusSize),
            Warnings = warnings,
        };
    }

    /// <summary>Opens a file for one sequential pass; "-" is standard input, so results can be piped in.</summary>
    private static T Read<T>(string path, Func<Stream, T> read)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return read(stdin);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return read(stream);
    }
}
