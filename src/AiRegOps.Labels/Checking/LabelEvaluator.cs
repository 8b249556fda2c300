using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Labels.Carriers;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Checking;

/// <summary>
/// Turns what a carrier reader found (and whether it could read the file to the end of its metadata) into a verdict:
/// an error finding makes the file Noncompliant; otherwise a broken structure makes it Inconclusive (never NotFound);
/// otherwise one label is Compliant and none is NotFound.
/// </summary>
public static class LabelEvaluator
{
    public static AigcLabelResult Evaluate(string path, string format, IReadOnlyList<FoundLabel> labels, Exception? problem, RangeReader? reader, LabelRuleSet? rules = null, IReadOnlyList<ReaderFinding>? readerFindings = null)
    {
        rules ??= LabelRuleSet.Default;
        var findings = new List<LabelFinding>();
        foreach (var found in readerFindings ?? [])
        {
            findings.Add(Finding(rules, found.RuleId, found.Message, found.Where, found.Offset));
        }

        var checker = new LabelValueChecker(rules, findings);
        Dictionary<string, string?>? first = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var fields = checker.Check(labels[i]);
            first ??= i == 0 ? fields : null;
        }

        if (labels.Count > 1)
        {
            var agree = labels.Select(l => l.Value.Trim()).Distinct(StringComparer.Ordinal).Count() == 1;
            findings.Add(Finding(rules, "AIGC030",
                $"{labels.Count} implicit labels ({string.Join("; ", labels.Select(l => l.Where))}); {(agree ? "they agree, but only one is allowed" : "they conflict")}",
                labels[1].Where, labels[1].Offset));
        }

        var hasError = findings.Any(f => f.Severity == LabelSeverity.Error);
        LabelVerdict verdict;
        string reason;
        if (problem is not null)
        {
            var (ruleId, kind) = problem switch
            {
                LabelLimitException => ("AIGC042", "past a reading limit"),
                LabelFormatException { Truncated: true } => ("AIGC041", "truncated"),
                _ => ("AIGC041", "malformed"),
            };
            findings.Add(Finding(rules, ruleId, problem.Message, format, (problem as LabelFormatException)?.Offset));
            verdict = hasError ? LabelVerdict.Noncompliant : LabelVerdict.Inconclusive;
            reason = hasError ? Errors(findings) : $"{kind}: {problem.Message}";
        }
        else if (labels.Count == 0)
        {
            var expected = rules.PlacementFor(format) is { } placement
                ? $" (expected: {placement.Placement}, {placement.Guide.Split(':')[0]} {ConfidenceMarks.Of(placement.Confidence)})"
                : string.Empty;
            findings.Add(Finding(rules, "AIGC040", $"no metadata field whose name contains {rules.FieldNameContains} in the {format} file{expected}", format, null));
            verdict = hasError ? LabelVerdict.Noncompliant : LabelVerdict.NotFound;
            reason = hasError ? Errors(findings) : $"no implicit label in the {format} metadata";
        }
        else
        {
            verdict = hasError ? LabelVerdict.Noncompliant : LabelVerdict.Compliant;
            reason = hasError ? Errors(findings) : $"one label in {labels[0].Where}";
        }

        return new AigcLabelResult
        {
            Path = path,
            Format = format,
            Verdict = verdict,
            Reason = reason,
            Carrier = labels.Count > 0 ? labels[0].Where : null,
            LabelCount = labels.Count,
            RawValue = labels.Count > 0 ? labels[0].Value : null,
            Label = first?.GetValueOrDefault("Label"),
            ContentProducer = first?.GetValueOrDefault("ContentProducer"),
            ProduceID = first?.GetValueOrDefault("ProduceID"),
            ReservedCode1 = first?.GetValueOrDefault("ReservedCode1"),
            ContentPropagator = first?.GetValueOrDefault("ContentPropagator"),
            PropagateID = first?.GetValueOrDefault("PropagateID"),
            ReservedCode2 = first?.GetValueOrDefault("ReservedCode2"),
            Findings = findings,
            Length = reader?.Length ?? 0,
            BytesRead = reader?.BytesRead ?? 0,
            Reads = reader?.Reads ?? 0,
            RuleSet = $"{rules.Id}@{rules.Version}",
        };
    }

    public static AigcLabelResult Unsupported(string path, long length, LabelRuleSet? rules = null)
    {
        rules ??= LabelRuleSet.Default;
        return new AigcLabelResult
        {
            Path = path,
            Format = "Unknown",
            Verdict = LabelVerdict.Inconclusive,
            Reason = "not a format whose label carrier AiRegOps reads",
            Findings = [Finding(rules, "AIGC043", "the file's first bytes and name match no supported format", null, null)],
            Length = length,
            RuleSet = $"{rules.Id}@{rules.Version}",
        };
    }

    private static string Errors(List<LabelFinding> findings) =>
        string.Join("; ", findings.Where(f => f.Severity == LabelSeverity.Error).Select(f => $"{f.RuleId} {f.Message}").Take(3));

    internal static LabelFinding Finding(LabelRuleSet rules, string ruleId, string message, string? location, long? offset)
    {
        var rule = rules.Rule(ruleId);
        return new LabelFinding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            Message = message,
            Clause = rule.Clause,
            Confidence = rule.Confidence,
            Location = location,
            Offset = offset,
        };
    }
}
