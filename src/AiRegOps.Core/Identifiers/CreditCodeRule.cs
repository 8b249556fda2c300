using System.Reflection;
using System.Text.Json;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Identifiers;

/// <summary>
/// The GB 32100-2015 check-character parameters (alphabet and weights) as data, with the standard and how sure we are
/// of them (Data/credit-code.json). Used for profiles' provider.creditCode and for the code inside AIGC labels.
/// </summary>
public sealed record CreditCodeRule
{
    private static readonly Lazy<CreditCodeRule> Embedded = new(ReadEmbedded);

    public static CreditCodeRule Default => Embedded.Value;

    public required string Standard { get; init; }
    public required string Clause { get; init; }
    public required Confidence Confidence { get; init; }
    public required int Length { get; init; }
    public required string Alphabet { get; init; }
    public required IReadOnlyList<int> Weights { get; init; }

    private static CreditCodeRule ReadEmbedded()
    {
        using var stream = typeof(CreditCodeRule).Assembly.GetManifestResourceStream("AiRegOps.Core.Data.credit-code.json")
            ?? throw new InvalidOperationException("AiRegOps.Core lacks its embedded credit-code.json.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var rule = new CreditCodeRule
        {
            Standard = root.GetProperty("standard").GetString()!,
            Clause = root.GetProperty("clause").GetString()!,
            Confidence = ConfidenceMark.Parse(root.GetProperty("confidence").GetString()!),
            Length = root.GetProperty("length").GetInt32(),
            Alphabet = root.GetProperty("alphabet").GetString()!,
            Weights = Integers(root.GetProperty("weights")),
        };
        if (rule.Weights.Count != rule.Length - 1)
        {
            throw new InvalidOperationException($"credit-code.json: expected {rule.Length - 1} weights, found {rule.Weights.Count}.");
        }

        return rule;
    }

    // A loop rather than Select over the elements: LINQ over JsonElement, a struct, is compiled on first use, and a
    // PowerShell session's first profile with a credit code waits for it.
    private static int[] Integers(JsonElement array)
    {
        var values = new int[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[i++] = item.GetInt32();
        }

        return values;
    }
}
