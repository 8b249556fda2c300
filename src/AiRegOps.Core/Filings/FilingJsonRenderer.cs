using System.Text.Json.Nodes;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>filing.json: the machine-readable package (schema "airegops/filing-package/v1").</summary>
internal static class FilingJsonRenderer
{
    public static string Render(FilingPackage package)
    {
        var root = new JsonObject
        {
            ["schema"] = "airegops/filing-package/v1",
            ["service"] = package.Service,
            ["kind"] = KebabName<Profiles.FilingKind>.Of(package.Kind),
            ["preparedOn"] = Iso.Date(package.PreparedOn),
            ["complete"] = package.IsComplete,
            ["missing"] = JsonOutput.Array(package.MissingFields),
            ["route"] = new JsonObject
            {
                ["filerRole"] = KebabName<ObligorRole>.Of(package.Route.FilerRole),
                ["byReference"] = package.Route.ByReference,
                ["required"] = package.Route.Required,
                ["publicOpinion"] = package.Route.PublicOpinion?.Summary,
                ["bases"] = JsonOutput.Array(package.Route.Bases.Select(Citation)),
            },
            ["deadline"] = package.Deadline is { } d
                ? new JsonObject
                {
                    ["dueDate"] = Iso.Date(d.DueDate),
                    ["description"] = d.Description,
                    ["confidence"] = ConfidenceMarks.Of(d.Confidence),
                    ["citations"] = JsonOutput.Array(d.Citations.Select(Citation)),
                }
                : null,
            ["fields"] = JsonOutput.Array(package.Fields.Select(Field)),
            ["warnings"] = JsonOutput.Array(package.Warnings),
        };
        return JsonOutput.Write(root);
    }

    public static JsonNode Citation(SourceCitation citation) => new JsonObject
    {
        ["citation"] = citation.Display,
        ["confidence"] = ConfidenceMarks.Of(citation.Confidence),
        ["note"] = citation.Note,
    };

    private static JsonObject Field(FilingField field) => new()
    {
        ["key"] = field.Key,
        ["labelZh"] = field.LabelZh,
        ["labelEn"] = field.LabelEn,
        ["value"] = field.Value,
        ["required"] = field.Required,
        ["missing"] = field.IsMissing,
        ["origin"] = field.Origin,
        ["howToSupplyZh"] = field.IsMissing ? field.HowToSupplyZh : null,
        ["howToSupply"] = field.IsMissing ? field.HowToSupply : null,
        ["basis"] = field.Basis is null ? null : Citation(field.Basis),
    };
}
