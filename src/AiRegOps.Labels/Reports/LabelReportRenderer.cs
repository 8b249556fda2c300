using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;
using System.Xml.Linq;
using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Reports;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Reports;

/// <summary>A label scan as JSON (the evidence record), SARIF 2.1.0 (code scanning) and JUnit XML (test reporters).</summary>
public static class LabelReportRenderer
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The scan as one JSON document: rule set, counts by verdict and every result; stable for hashing.</summary>
    public static string RenderJson(IReadOnlyList<AigcLabelResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var report = new
        {
            ruleSet = results.Count > 0 ? results[0].RuleSet : $"{LabelRuleSet.Default.Id}@{LabelRuleSet.Default.Version}",
            files = results.Count,
            verdicts = Enum.GetValues<LabelVerdict>().ToDictionary(v => v.ToString(), v => results.Count(r => r.Verdict == v)),
            results,
        };
        return JsonSerializer.Serialize(report, Json) + "\n";
    }

    public static string RenderSarif(IReadOnlyList<AigcLabelResult> results, string root)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rules = LabelRuleSet.Default;
        var sarifRules = new JsonArray(rules.Rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Id,
            ["name"] = r.Name,
            ["shortDescription"] = new JsonObject { ["text"] = r.Title },
            ["fullDescription"] = new JsonObject { ["text"] = $"{r.Title}. {r.Clause} {ConfidenceMarks.Of(r.Confidence)} ({r.Source})" },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.Severity) },
            ["properties"] = new JsonObject { ["clause"] = r.Clause, ["confidence"] = ConfidenceMarks.Of(r.Confidence) },
        }).ToArray());
        var sarifResults = new JsonArray();
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                sarifResults.Add(new JsonObject
                {
                    ["ruleId"] = finding.RuleId,
                    ["level"] = result.Verdict == LabelVerdict.Inconclusive && finding.RuleId is "AIGC041" or "AIGC042" or "AIGC043" ? "warning" : Level(finding.Severity),
                    ["message"] = new JsonObject { ["text"] = $"{result.Verdict}: {finding.Message} [{finding.Clause} {ConfidenceMarks.Of(finding.Confidence)}]" },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = Uri(result.Path, root) },
                            ["region"] = finding.Offset is { } offset ? new JsonObject { ["byteOffset"] = offset } : null,
                        },
                    }),
                });
            }
        }

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "AiRegOps Test-AigcLabel", ["semanticVersion"] = rules.Version, ["rules"] = sarifRules } },
                ["results"] = sarifResults,
            }),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    public static string RenderJUnit(IReadOnlyList<AigcLabelResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var cases = results.Select(r =>
        {
            var testCase = new XElement("testcase", new XAttribute("classname", $"AIGC label ({r.Format})"), new XAttribute("name", r.Path));
            var errors = string.Join("\n", r.Findings.Select(f => f.ToString()));
            switch (r.Verdict)
            {
                case LabelVerdict.Noncompliant or LabelVerdict.NotFound:
                    testCase.Add(new XElement("failure", new XAttribute("message", $"{r.Verdict}: {r.Reason}"), errors));
                    break;
                case LabelVerdict.Inconclusive:
                    testCase.Add(new XElement("error", new XAttribute("message", $"Inconclusive: {r.Reason}"), errors));
                    break;
            }

            return testCase;
        }).ToList();
        var suite = new XElement("testsuite",
            new XAttribute("name", "GB 45438-2025 implicit labels"),
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(r => r.Verdict is LabelVerdict.Noncompliant or LabelVerdict.NotFound)),
            new XAttribute("errors", results.Count(r => r.Verdict == LabelVerdict.Inconclusive)),
            cases);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XElement("testsuites", suite)).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Level(LabelSeverity severity) => severity switch
    {
        LabelSeverity.Error => "error",
        LabelSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Uri(string path, string root)
    {
        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(root, path) : path;
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
