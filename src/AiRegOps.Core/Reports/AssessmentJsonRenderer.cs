using System.Text.Json.Nodes;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Reports;

/// <summary>The assessment as JSON (schema "airegops/security-assessment/v1"), the same content as the report.</summary>
public static class AssessmentJsonRenderer
{
    public static string Render(SecurityAssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Write(ToJson(result));
    }

    internal static JsonObject ToJson(SecurityAssessmentResult result)
    {
        var info = result.BasicInfo;
        return new JsonObject
        {
            ["schema"] = "airegops/security-assessment/v1",
            ["service"] = result.Service,
            ["profile"] = result.ProfileSource is { } source ? ProfileRelative.Of(source, source) : null,
            ["asOf"] = Iso.Date(result.AsOf),
            ["publicOpinion"] = new JsonObject
            {
                ["hasAttributes"] = result.PublicOpinion.HasPublicOpinionAttributes,
                ["explanation"] = result.PublicOpinion.Explanation,
            },
            ["basicInformation"] = new JsonObject
            {
                ["provider"] = info.Provider,
                ["creditCode"] = info.CreditCode,
                ["functions"] = JsonOutput.Array(info.Functions),
                ["scope"] = JsonOutput.Array(info.Scope),
                ["deploymentLocations"] = JsonOutput.Array(info.DeploymentLocations),
                ["licences"] = JsonOutput.Array(info.Licences),
                ["launchedOn"] = info.LaunchedOn is { } d ? Iso.Date(d) : null,
            },
            ["triggers"] = JsonOutput.Array(result.Triggers.Select(t => (JsonNode)new JsonObject
            {
                ["kind"] = KebabName<AssessmentTriggerKind>.Of(t.Kind),
                ["date"] = t.Date is { } date ? Iso.Date(date) : null,
                ["description"] = t.Description,
                ["basis"] = Citation(t.Citation),
                ["answeredBy"] = t.AnsweredBy,
            })),
            ["findings"] = JsonOutput.Array(result.Findings.Select(f => (JsonNode)new JsonObject
            {
                ["id"] = f.Item.Id,
                ["ruleId"] = f.Item.RuleId,
                ["titleZh"] = f.Item.TitleZh,
                ["titleEn"] = f.Item.TitleEn,
                ["status"] = KebabName<FindingStatus>.Of(f.Status),
                ["notApplicableReason"] = f.NotApplicableReason,
                ["basis"] = JsonOutput.Array(f.Item.Citations.Select(Citation)),
                ["evidence"] = JsonOutput.Array(f.Evidence.Select(e => ProfileRelative.Of(e, result.ProfileSource))),
                ["checks"] = JsonOutput.Array(f.Checks.Select(c => (JsonNode)new JsonObject
                {
                    ["field"] = c.Field,
                    ["requirement"] = c.Requirement,
                    ["declared"] = c.Declared,
                    ["status"] = KebabName<FindingStatus>.Of(c.Status),
                    ["problem"] = c.Problem,
                    ["remedy"] = c.Remedy,
                })),
            })),
            ["gaps"] = JsonOutput.Array(result.Gaps.Select(g => (JsonNode)new JsonObject
            {
                ["item"] = g.Item.Id,
                ["field"] = g.Check.Field,
                ["status"] = KebabName<FindingStatus>.Of(g.Check.Status),
                ["problem"] = g.Problem,
                ["basis"] = JsonOutput.Array(g.Citations.Select(Citation)),
                ["remedy"] = g.Remedy,
            })),
            ["conclusion"] = new JsonObject { ["zh"] = result.ConclusionZh, ["en"] = result.ConclusionEn, ["hasGaps"] = result.HasGaps },
            ["otherMatters"] = JsonOutput.Array(result.OtherMatters),
        };
    }

    internal static JsonNode Citation(SourceCitation citation) => new JsonObject
    {
        ["citation"] = citation.Display,
        ["confidence"] = ConfidenceMarks.Of(citation.Confidence),
        ["note"] = citation.Note,
    };
}
