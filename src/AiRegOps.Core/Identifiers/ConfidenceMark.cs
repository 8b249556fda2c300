using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Identifiers;

/// <summary>Reads the confidence marks that data files outside the catalogue use ("2+", "1", "INF", "NOT FOUND").</summary>
public static class ConfidenceMark
{
    public static Confidence Parse(string mark) => mark switch
    {
        "2+" => Confidence.Confirmed,
        "1" => Confidence.SingleSource,
        "INF" => Confidence.Unverified,
        "NOT FOUND" => Confidence.NotFound,
        _ => throw new FormatException($"'{mark}' is not a confidence mark: expected \"2+\", \"1\", \"INF\" or \"NOT FOUND\"."),
    };
}
