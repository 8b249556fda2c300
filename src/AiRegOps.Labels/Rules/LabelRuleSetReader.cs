using System.Text.Json;
using System.Text.RegularExpressions;
using AiRegOps.Core;
using AiRegOps.Core.Identifiers;

namespace AiRegOps.Labels.Rules;

/// <summary>Reads the embedded rule set; a broken data file is a build defect and fails loudly with the key that is wrong.</summary>
internal static class LabelRuleSetReader
{
    public static LabelRuleSet ReadEmbedded()
    {
        using var stream = typeof(LabelRuleSet).Assembly.GetManifestResourceStream("AiRegOps.Labels.Data.aigc-label-rules.json")
            ?? throw new InvalidOperationException("AiRegOps.Labels lacks its embedded aigc-label-rules.json.");
        using var document = JsonDocument.Parse(stream);
        return Read(document.RootElement);
    }

    private static LabelRuleSet Read(JsonElement root)
    {
        var sources = root.GetProperty("sources").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        string Source(JsonElement e) => sources[e.GetProperty("source").GetString()!];
        var code = root.GetProperty("providerCode");
        var xmp = root.GetProperty("xmp");
        var labelValues = root.GetProperty("labelValues").EnumerateArray().ToList();
        return new LabelRuleSet
        {
            Id = root.GetProperty("id").GetString()!,
            Version = root.GetProperty("version").GetString()!,
            FieldNameContains = root.GetProperty("fieldNameContains").GetString()!,
            WrapperKey = root.GetProperty("wrapperKey").GetString()!,
            Keys = root.GetProperty("keys").EnumerateArray()
                .Select(k => new LabelKey(k.GetProperty("name").GetString()!, k.GetProperty("filledBy").GetString()!, k.GetProperty("required").GetBoolean()))
                .ToArray(),
            LabelValues = labelValues.ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("meaning").GetString()!, StringComparer.Ordinal),
            LabelMeaningConfidence = labelValues.Select(v => ConfidenceMark.Parse(v.GetProperty("confidence").GetString()!)).Min(),
            CharacterRanges = root.GetProperty("characterRanges").EnumerateArray().Select(r => (r[0].GetInt32(), r[1].GetInt32())).ToArray(),
            MaxBytes = root.GetProperty("maxBytes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal),
            ProviderCodeLength = code.GetProperty("length").GetInt32(),
            LooksLikeProviderCode = new Regex(code.GetProperty("looksLikeCode").GetString()!, RegexOptions.CultureInvariant),
            ProviderCodeSegments = code.GetProperty("segments").EnumerateArray()
                .Select(s => new CodeSegment(
                    s.GetProperty("name").GetString()!,
                    s.GetProperty("start").GetInt32(),
                    s.GetProperty("length").GetInt32(),
                    new Regex(s.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant),
                    s.TryGetProperty("creditCode", out var cc) && cc.GetBoolean()))
                .ToArray(),
            Rules = root.GetProperty("rules").EnumerateArray()
                .Select(r => new LabelRule
                {
                    Id = r.GetProperty("id").GetString()!,
                    Name = r.GetProperty("name").GetString()!,
                    Title = r.GetProperty("title").GetString()!,
                    Severity = Enum.Parse<LabelSeverity>(r.GetProperty("severity").GetString()!, ignoreCase: true),
                    Clause = r.GetProperty("clause").GetString()!,
                    Source = Source(r),
                    Confidence = ConfidenceMark.Parse(r.GetProperty("confidence").GetString()!),
                })
                .ToDictionary(r => r.Id, StringComparer.Ordinal),
            Placements = root.GetProperty("placements").EnumerateArray()
                .Select(p => new LabelPlacement(
                    p.GetProperty("format").GetString()!,
                    p.GetProperty("placement").GetString()!,
                    sources[p.GetProperty("guide").GetString()!],
                    ConfidenceMark.Parse(p.GetProperty("confidence").GetString()!)))
                .ToArray(),
            XmpPrefix = xmp.GetProperty("prefix").GetString()!,
            XmpNamespace = xmp.GetProperty("namespace").GetString()!,
            XmpProperty = xmp.GetProperty("property").GetString()!,
        };
    }
}
