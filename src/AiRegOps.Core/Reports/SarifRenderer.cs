using System.Text.Json.Nodes;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Reports;

/// <summary>
/// Assessment findings as SARIF 2.1.0 for code scanning: one rule per focus item (plus one for unanswered triggers),
/// one result per gap (error), undeclared control (warning) or trigger without an assessment (note), located at the
/// profile file and line when the profile was read from a file.
/// </summary>
public static class SarifRenderer
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string TriggerRuleId = "sa2018.trigger-unanswered";

    /// <param name="results">The assessments, one per service.</param>
    /// <param name="repositoryRoot">When given, profile paths under it are written relative to it (as code scanning expects).</param>
    public static string Render(IEnumerable<SecurityAssessmentResult> results, string? repositoryRoot = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rules = FocusItems.All.Select(Rule).Append(TriggerRule()).ToList();
        var ruleIndex = rules.Select((r, i) => (Id: (string)r["id"]!, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sarifResults = new JsonArray();
        foreach (var result in results)
        {
            foreach (var gap in result.Gaps)
            {
                sarifResults.Add(Result(gap.Item.RuleId, ruleIndex[gap.Item.RuleId], gap.Check.Status == FindingStatus.Gap ? "error" : "warning",
                    $"{result.Service}: {gap.Problem} To close: {gap.Remedy}", result, repositoryRoot, gap.Check.Field));
            }

            foreach (var trigger in result.UnansweredTriggers)
            {
                var when = trigger.Date is { } d ? $" on {Iso.Date(d)}" : " (before launch)";
                sarifResults.Add(Result(TriggerRuleId, ruleIndex[TriggerRuleId], "note",
                    $"{result.Service}: {trigger.Description}{when} calls for a security assessment ({trigger.Citation.Display}); none is recorded.", result, repositoryRoot, "assessments"));
            }
        }

        var root = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "AiRegOps",
                        ["semanticVersion"] = "0.1.0",
                        ["rules"] = new JsonArray([.. rules]),
                    },
                },
                ["results"] = sarifResults,
            }),
        };
        return JsonOutput.Write(root);
    }

    private static JsonObject Rule(FocusItem item) => new()
    {
        ["id"] = item.RuleId,
        ["name"] = string.Concat(item.Id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
        ["shortDescription"] = new JsonObject { ["text"] = item.Title },
        ["fullDescription"] = new JsonObject { ["text"] = item.Description },
        ["helpUri"] = item.HelpUri.ToString(),
        ["help"] = new JsonObject
        {
            ["text"] = $"{item.Description} Basis: {string.Join("; ", item.Citations.Select(ConfidenceMarks.Cite))}.",
            ["markdown"] = $"**{TextEscaping.Markdown(item.Title)}**\n\n{TextEscaping.Markdown(item.Description)}\n\nBasis: {TextEscaping.Markdown(string.Join("; ", item.Citations.Select(ConfidenceMarks.Cite)))}",
        },
        ["defaultConfiguration"] = new JsonObject { ["level"] = "error" },
        ["properties"] = new JsonObject { ["tags"] = new JsonArray("compliance", "china", "sa2018") },
    };

    private static JsonObject TriggerRule() => new()
    {
        ["id"] = TriggerRuleId,
        ["name"] = "TriggerUnanswered",
        ["shortDescription"] = new JsonObject { ["text"] = "评估触发情形未评估 / Assessment trigger without a recorded assessment" },
        ["fullDescription"] = new JsonObject { ["text"] = "An SA2018 Art. 3 trigger (or DSP Art. 15(2)/20, GAIM Art. 17) is in the profile but no assessment record answers it." },
        ["helpUri"] = AssessmentCitations.Sa2018Uri.ToString(),
        ["help"] = new JsonObject { ["text"] = "Conduct the security assessment and record it under assessments in the profile (SA2018 Art. 3 [2+]; no deadline found [NOT FOUND])." },
        ["defaultConfiguration"] = new JsonObject { ["level"] = "note" },
        ["properties"] = new JsonObject { ["tags"] = new JsonArray("compliance", "china", "sa2018") },
    };

    private static JsonObject Result(string ruleId, int index, string level, string message, SecurityAssessmentResult result, string? root, string field)
    {
        var sarif = new JsonObject
        {
            ["ruleId"] = ruleId,
            ["ruleIndex"] = index,
            ["level"] = level,
            ["message"] = new JsonObject { ["text"] = message },
            ["partialFingerprints"] = new JsonObject { ["airegops/v1"] = $"{result.Service}:{ruleId}:{field}" },
            ["properties"] = new JsonObject { ["service"] = result.Service, ["field"] = field },
        };
        if (result.ProfileSource is { } source)
        {
            sarif["locations"] = new JsonArray(Location(source, root));
        }

        return sarif;
    }

    private static JsonObject Location(SourceLocation source, string? root) => new()
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = ArtifactUri(source.File, root) },
            ["region"] = new JsonObject { ["startLine"] = Math.Max(1, source.Line), ["startColumn"] = Math.Max(1, source.Column) },
        },
    };

    // Artifact locations are URI references: every path segment percent-encoded (spaces, '#', '%', control characters
    // in a file name), never System.Uri, which throws on some of them and stops the whole report.
    internal static string ArtifactUri(string file, string? root)
    {
        if (root is not null && Path.IsPathRooted(file))
        {
            var relative = Path.GetRelativePath(root, file);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return EncodePath(relative);
            }
        }

        if (!Path.IsPathRooted(file))
        {
            return EncodePath(file);
        }

        var encoded = EncodePath(file);
        return encoded.StartsWith('/') ? "file://" + encoded : "file:///" + encoded;
    }

    private static string EncodePath(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(segment =>
            segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]) ? segment : Uri.EscapeDataString(segment)));
}
