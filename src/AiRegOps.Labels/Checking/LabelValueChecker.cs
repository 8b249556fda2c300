using System.Text;
using System.Text.Json;
using AiRegOps.Core;
using AiRegOps.Core.Identifiers;
using AiRegOps.Labels.Carriers;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Checking;

/// <summary>
/// Checks one label candidate against the rule set: field name, one JSON object with the Annex E keys, Label value,
/// character set, lengths, and ContentProducer as a name or a provider code with a valid credit code.
/// </summary>
internal sealed class LabelValueChecker(LabelRuleSet rules, List<LabelFinding> findings)
{
    private const int MaxJsonDepth = 4;

    /// <summary>The parsed fields (key to string value, or null when not a string), or null when the value is no JSON object.</summary>
    public Dictionary<string, string?>? Check(FoundLabel label)
    {
        var where = label.Where;
        if (!rules.IsFieldName(label.FieldName))
        {
            Add("AIGC001", label.Loose
                ? $"Annex E fields stand at the top level instead of under a field whose name contains {rules.FieldNameContains}"
                : $"the field '{label.FieldName}' holds label fields but its name does not contain {rules.FieldNameContains}", where, label.Offset);
        }

        if (label.EntityDecoded)
        {
            Add("AIGC050", "the value was HTML-entity encoded inside its carrier; it was decoded before checking", where, label.Offset);
        }

        var fields = Parse(label.Value, where, label.Offset);
        if (fields is null)
        {
            return null;
        }

        CheckKeys(fields.Value.Names, where, label.Offset);
        var values = fields.Value.Values;
        CheckLabel(values, fields.Value.Raw, where, label.Offset);
        foreach (var (key, value) in values)
        {
            if (value is null)
            {
                if (key != "Label")
                {
                    Add("AIGC013", $"{key} is not a JSON string ({fields.Value.Raw[key]})", where, label.Offset);
                }

                continue;
            }

            CheckCharacters(key, value, where, label.Offset);
            if (rules.MaxBytes.TryGetValue(key, out var max) && Encoding.UTF8.GetByteCount(value) > max)
            {
                Add("AIGC012", $"{key} is {Encoding.UTF8.GetByteCount(value)} bytes, more than {max}", where, label.Offset);
            }
        }

        CheckParty("ContentProducer", values.GetValueOrDefault("ContentProducer"), required: values.ContainsKey("ContentProducer"), where, label.Offset);
        CheckParty("ContentPropagator", values.GetValueOrDefault("ContentPropagator"), required: false, where, label.Offset);
        return values;
    }

    private (List<string> Names, Dictionary<string, string?> Values, Dictionary<string, string> Raw)? Parse(string value, string where, long offset)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value.Trim().TrimEnd('\0'), new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
        }
        catch (JsonException ex)
        {
            var shown = value.Length > 80 ? value[..80] + "…" : value;
            Add("AIGC002", $"the value is not a JSON object ({ex.Message.Split(". ")[0]}): {shown}", where, offset);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1
                && root.TryGetProperty(rules.WrapperKey, out var inner) && inner.ValueKind == JsonValueKind.Object)
            {
                Add("AIGC051", $"the label is wrapped as {{\"{rules.WrapperKey}\":{{…}}}}", where, offset);
                root = inner;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                Add("AIGC002", $"the value is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object", where, offset);
                return null;
            }

            var names = new List<string>();
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            var raw = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                names.Add(property.Name);
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                raw[property.Name] = property.Value.GetRawText();
            }

            return (names, values, raw);
        }
    }

    private void CheckKeys(List<string> names, string where, long offset)
    {
        var missingRequired = rules.Keys.Where(k => k.Required && !names.Contains(k.Name)).Select(k => k.Name).ToList();
        if (missingRequired.Count > 0)
        {
            Add("AIGC003", $"missing {string.Join(", ", missingRequired)}", where, offset);
        }

        var missingOptional = rules.Keys.Where(k => !k.Required && !names.Contains(k.Name)).Select(k => k.Name).ToList();
        if (missingOptional.Count > 0)
        {
            Add("AIGC004", $"missing {string.Join(", ", missingOptional)} (may be empty strings)", where, offset);
        }

        var known = rules.Keys.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => !known.Contains(n)).Distinct().ToList();
        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || repeated.Count > 0)
        {
            var parts = new List<string>();
            if (unknown.Count > 0)
            {
                parts.Add($"keys not in Annex E: {string.Join(", ", unknown)}");
            }

            if (repeated.Count > 0)
            {
                parts.Add($"keys given twice: {string.Join(", ", repeated)}");
            }

            Add("AIGC005", string.Join("; ", parts), where, offset);
        }

        var order = names.Where(known.Contains).Distinct().ToList();
        var expected = rules.Keys.Select(k => k.Name).Where(order.Contains).ToList();
        if (!order.SequenceEqual(expected))
        {
            Add("AIGC006", $"keys in the order {string.Join(", ", order)}; Annex E order is {string.Join(", ", expected)}", where, offset);
        }
    }

    private void CheckLabel(Dictionary<string, string?> values, Dictionary<string, string> raw, string where, long offset)
    {
        if (!values.TryGetValue("Label", out var label))
        {
            return;
        }

        if (label is null)
        {
            Add("AIGC010", $"Label is {raw["Label"]}, not a string; expected one of {Expected()}", where, offset);
        }
        else if (!rules.LabelValues.ContainsKey(label))
        {
            Add("AIGC010", $"Label is \"{label}\"; expected one of {Expected()}", where, offset);
        }
    }

    private string Expected() => string.Join(", ", rules.LabelValues.Select(v => $"\"{v.Key}\" ({v.Value})"));

    private void CheckCharacters(string key, string value, string where, long offset)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!rules.IsAllowedCharacter(value[i]))
            {
                var shown = char.IsControl(value[i]) || char.IsWhiteSpace(value[i]) ? $"U+{(int)value[i]:X4}" : $"'{value[i]}' (U+{(int)value[i]:X4})";
                Add("AIGC011", $"{key} has {shown} at position {i + 1}, outside the allowed set", where, offset);
                return;
            }
        }
    }

    private void CheckParty(string key, string? value, bool required, string where, long offset)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required && value is not null)
            {
                Add("AIGC020", $"{key} is empty", where, offset);
            }

            return;
        }

        if (value.Length != rules.ProviderCodeLength || !rules.LooksLikeProviderCode.IsMatch(value))
        {
            if (key == "ContentProducer")
            {
                Add("AIGC021", $"{key} '{value}' is a name, not a {rules.ProviderCodeLength}-character provider code (allowed, but not coded)", where, offset);
            }

            return;
        }

        foreach (var segment in rules.ProviderCodeSegments)
        {
            var part = value.Substring(segment.Start - 1, segment.Length);
            if (!segment.Pattern.IsMatch(part))
            {
                Add("AIGC022", $"{key} code: the {segment.Name} (positions {segment.Start}-{segment.Start + segment.Length - 1}) is '{part}', which does not match {segment.Pattern}", where, offset);
            }
            else if (segment.IsCreditCode && UnifiedSocialCreditCode.Problem(part) is { } problem)
            {
                Add("AIGC023", $"{key} code: the subject code '{part}' is not a valid unified social credit code: {problem}", where, offset);
            }
        }
    }

    private void Add(string ruleId, string message, string where, long offset)
    {
        var rule = rules.Rule(ruleId);
        findings.Add(new LabelFinding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            Message = message,
            Clause = rule.Clause,
            Confidence = rule.Confidence,
            Location = where,
            Offset = offset,
        });
    }
}
