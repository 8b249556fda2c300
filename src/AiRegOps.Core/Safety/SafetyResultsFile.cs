using System.Text;
using System.Text.Json;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Safety;

/// <summary>
/// The saved form of a measurement (safety-results.json): what Measure-GenAiSafety -OutputPath writes, what goes into
/// the evidence ledger and what Invoke-SecurityAssessment -SafetyResultsPath reads back for the annex.
/// </summary>
public static class SafetyResultsFile
{
    public const string FileName = "safety-results.json";
    public const string Schema = "airegops/safety-results/v1";

    // A results file holds a few dozen results; anything near this size is not one.
    private const long MaxBytes = 4 << 20;

    public static string Render(SafetyMeasurement measurement, IEnumerable<string> inputs) => Render(SafetyAnnex.From(measurement, inputs));

    public static string Render(SafetyAnnex annex)
    {
        ArgumentNullException.ThrowIfNull(annex);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("standard", annex.Standard);
            w.WriteString("standardName", annex.StandardName);
            w.WriteString("standardKind", annex.StandardKind);
            if (annex.Version is not null)
            {
                w.WriteString("thresholdSetVersion", annex.Version);
            }

            w.WriteString("asOf", annex.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("inputs");
            foreach (var input in annex.Inputs)
            {
                w.WriteStringValue(input);
            }

            w.WriteEndArray();
            w.WriteStartArray("results");
            foreach (var r in annex.Results)
            {
                w.WriteStartObject();
                w.WriteString("requirement", r.Requirement);
                w.WriteString("title", r.Title);
                w.WriteString("titleZh", r.TitleZh);
                w.WriteString("basis", r.Basis);
                w.WriteString("confidence", KebabName<Confidence>.Of(r.Confidence));
                w.WriteString("threshold", r.Threshold);
                w.WriteNumber("sampleSize", r.SampleSize);
                w.WriteNumber("observed", r.Observed);
                WriteOptional(w, "lowerBound", r.LowerBound);
                WriteOptional(w, "upperBound", r.UpperBound);
                w.WriteString("status", KebabName<SafetyStatus>.Of(r.Status));
                w.WriteBoolean("demonstrated", r.Demonstrated);
                if (r.Shortfall is not null)
                {
                    w.WriteString("shortfall", r.Shortfall);
                }

                if (r.Note is not null)
                {
                    w.WriteString("note", r.Note);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a results file written by <see cref="Render(SafetyAnnex)"/>; anything else is refused with the JSON path at fault.</summary>
    public static SafetyAnnex Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ComplianceInputException("-SafetyResultsPath", $"an existing {FileName} written by Measure-GenAiSafety -OutputPath", path);
        }

        if (info.Length > MaxBytes)
        {
            throw new ComplianceInputException("-SafetyResultsPath", $"a results file under {MaxBytes >> 20} MiB", $"{info.Length} bytes");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 8 });
            return Parse(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or CatalogueException)
        {
            throw new ComplianceInputException($"{path}: not a safety results file ({ex.Message})", ex);
        }
    }

    private static SafetyAnnex Parse(JsonElement root)
    {
        var o = new CatalogueObject(root, "$");
        o.OnlyKnown("schema", "standard", "standardName", "standardKind", "thresholdSetVersion", "asOf", "inputs", "results");
        if (o.String("schema") != Schema)
        {
            throw CatalogueObject.Problem("$.schema", $"expected '{Schema}'");
        }

        return new SafetyAnnex
        {
            Standard = o.String("standard"),
            StandardName = o.String("standardName"),
            StandardKind = o.String("standardKind"),
            Version = o.OptionalString("thresholdSetVersion"),
            AsOf = o.OptionalDate("asOf") ?? throw CatalogueObject.Problem("$", "missing required property 'asOf'"),
            Inputs = o.StringList("inputs"),
            Results = o.List("results", (e, p) =>
            {
                var r = new CatalogueObject(e, p);
                r.OnlyKnown("requirement", "title", "titleZh", "basis", "confidence", "threshold", "sampleSize", "observed", "lowerBound", "upperBound", "status",
                    "demonstrated", "shortfall", "note");
                var confidence = r.Enum<Confidence>("confidence");
                return new SafetyResult
                {
                    Standard = o.String("standard"),
                    Requirement = r.String("requirement"),
                    Title = r.String("title"),
                    TitleZh = r.String("titleZh"),
                    Basis = r.String("basis"),
                    Confidence = confidence,
                    ConfidenceMark = ConfidenceMarks.Of(confidence),
                    Threshold = r.String("threshold"),
                    SampleSize = Number(e, p, "sampleSize") is { } n ? (long)n : 0,
                    Observed = Number(e, p, "observed") ?? 0,
                    LowerBound = Number(e, p, "lowerBound"),
                    UpperBound = Number(e, p, "upperBound"),
                    Status = r.Enum<SafetyStatus>("status"),
                    Demonstrated = r.Bool("demonstrated"),
                    Shortfall = r.OptionalString("shortfall"),
                    Note = r.OptionalString("note"),
                };
            }),
        };
    }

    private static double? Number(JsonElement element, string path, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : throw CatalogueObject.Problem($"{path}.{name}", "expected a number");

    private static void WriteOptional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 6));
        }
    }
}
