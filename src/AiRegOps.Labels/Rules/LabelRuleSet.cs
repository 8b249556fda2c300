using System.Text.RegularExpressions;
using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Identifiers;

namespace AiRegOps.Labels.Rules;

/// <summary>
/// The GB 45438-2025 Annex E rule set as data (Data/aigc-label-rules.json): field rules, Label values, character set,
/// lengths, placements and the provider-code structure, each with its source clause and confidence mark. The checks
/// in code read every number and value from here.
/// </summary>
public sealed record LabelRuleSet
{
    private static readonly Lazy<LabelRuleSet> Embedded = new(LabelRuleSetReader.ReadEmbedded);

    public static LabelRuleSet Default => Embedded.Value;

    public required string Id { get; init; }
    public required string Version { get; init; }
    public required string FieldNameContains { get; init; }
    public required string WrapperKey { get; init; }
    public required IReadOnlyList<LabelKey> Keys { get; init; }
    public required IReadOnlyDictionary<string, string> LabelValues { get; init; }
    public required Confidence LabelMeaningConfidence { get; init; }
    public required IReadOnlyList<(int First, int Last)> CharacterRanges { get; init; }
    public required IReadOnlyDictionary<string, int> MaxBytes { get; init; }
    public required int ProviderCodeLength { get; init; }
    public required Regex LooksLikeProviderCode { get; init; }
    public required IReadOnlyList<CodeSegment> ProviderCodeSegments { get; init; }
    public required IReadOnlyDictionary<string, LabelRule> Rules { get; init; }
    public required IReadOnlyList<LabelPlacement> Placements { get; init; }
    public required string XmpPrefix { get; init; }
    public required string XmpNamespace { get; init; }
    public required string XmpProperty { get; init; }

    public LabelRule Rule(string id) => Rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"The label rule set has no rule '{id}'.");

    /// <summary>Where the practice guides put the label in a format, with the confidence of that placement; null for an unknown format.</summary>
    public LabelPlacement? PlacementFor(string format) => Placements.FirstOrDefault(p => string.Equals(p.Format, format, StringComparison.Ordinal));

    public bool IsFieldName(ReadOnlySpan<char> name) => name.Contains(FieldNameContains, StringComparison.OrdinalIgnoreCase);

    public bool IsAllowedCharacter(char c)
    {
        foreach (var (first, last) in CharacterRanges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }
}
