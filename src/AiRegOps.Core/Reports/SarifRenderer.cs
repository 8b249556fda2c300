using System.Text.Json.Nodes;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports.Findings;

namespace AiRegOps.Core.Reports;

/// <summary>
/// Findings as SARIF 2.1.0 for GitHub code scanning. Every result has a stable, distinct partial fingerprint (service,
/// rule, period or field), a region at the profile node that caused it, and a level (error, warning, note); a finding
/// a valid waiver covers is reported with an accepted suppression carrying the waiver's reason and expiry. Every rule
/// carries its full help inline (text and Markdown); a help URI is added only when the caller names where the
/// documentation is published (<see cref="DocumentationLinks"/>): the project has no public address to invent.
/// </summary>
public static class SarifRenderer
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string TriggerRuleId = FindingRules.TriggerRuleId;

    /// <summary>The key of the partial fingerprint; bump its version if the fingerprint's parts ever change.</summary>
    public const string FingerprintKey = "airegops/v1";

    /// <summary>The assessments' findings only (Invoke-SecurityAssessment).</summary>
    /// <param name="results">The assessments.</param>
    /// <param name="repositoryRoot">When given, profile paths under it are written relative to it.</param>
    /// <param name="documentationBase">Where docs/ is published (a checked https URL), or null for no helpUri.</param>
    public static string Render(IEnumerable<SecurityAssessmentResult> results, string? repositoryRoot = null, Uri? documentationBase = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Render(ComplianceFindings.Build(results.Select(r => new ServiceFindingsInput(r))), repositoryRoot, documentationBase);
    }

    /// <param name="findings">The findings, usually from <see cref="ComplianceFindings.Build"/>.</param>
    /// <param name="repositoryRoot">When given, profile paths under it are written relative to it (as code scanning expects).</param>
    /// <param name="documentationBase">Where docs/ is published (a checked https URL), or null for no helpUri.</param>
    public static string Render(IReadOnlyList<ComplianceFinding> findings, string? repositoryRoot = null, Uri? documentationBase = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var rules = ComplianceFindings.RulesOf(findings);
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var results = new JsonArray();
        foreach (var finding in findings)
        {
            results.Add(Result(finding, ruleIndex[finding.Rule.Id], repositoryRoot));
        }

        var driver = new JsonObject
        {
            ["name"] = "AiRegOps",
            ["semanticVersion"] = "0.1.0",
        };
        if (documentationBase is not null)
        {
            driver["informationUri"] = documentationBase.AbsoluteUri;
        }

        driver["rules"] = new JsonArray([.. rules.Select(r => Rule(r, documentationBase))]);
        var root = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = driver },
                ["columnKind"] = "unicodeCodePoints",
                ["results"] = results,
            }),
        };
        return JsonOutput.Write(root);
    }

    private static JsonObject Rule(FindingRule rule, Uri? documentationBase)
    {
        var sarif = new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JsonObject { ["text"] = rule.ShortDescription },
            ["fullDescription"] = new JsonObject { ["text"] = rule.FullDescription },
            ["help"] = new JsonObject { ["text"] = rule.HelpText, ["markdown"] = rule.HelpMarkdown },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultLevel) },
            ["properties"] = new JsonObject { ["tags"] = new JsonArray([.. rule.Tags.Select(t => JsonValue.Create(t))]) },
        };
        if (documentationBase is not null)
        {
            sarif["helpUri"] = DocumentationLinks.CodeScanning(documentationBase, rule.HelpAnchor).AbsoluteUri;
        }

        return sarif;
    }

    private static JsonObject Result(ComplianceFinding finding, int index, string? root)
    {
        var sarif = new JsonObject
        {
            ["ruleId"] = finding.Rule.Id,
            ["ruleIndex"] = index,
            ["level"] = Level(finding.Level),
            ["message"] = new JsonObject { ["text"] = finding.Message },
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = finding.Fingerprint },
            ["properties"] = new JsonObject { ["service"] = finding.Service, ["key"] = finding.Key },
        };
        if (finding.Location is { } location)
        {
            sarif["locations"] = new JsonArray(Location(location, root));
        }

        if (finding.Waiver is { } waiver)
        {
            var suppression = new JsonObject
            {
                ["kind"] = "external",
                ["status"] = "accepted",
                ["justification"] = $"{waiver.Reason} (waiver valid until {Iso.Date(waiver.Expires)})",
                ["properties"] = new JsonObject { ["expires"] = Iso.Date(waiver.Expires) },
            };
            if (waiver.Source is { } source)
            {
                suppression["location"] = Location(source, root);
            }

            sarif["suppressions"] = new JsonArray(suppression);
        }

        return sarif;
    }

    private static string Level(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "note",
    };

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
