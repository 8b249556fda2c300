using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Safety;

namespace AiRegOps.Core.Reports;

/// <summary>
/// Adds a safety measurement to each format of the security assessment report as an annex (附录): a bilingual section
/// in Markdown and HTML, a property in JSON, a second run in SARIF and a second test suite in JUnit. The report's own
/// renderers are untouched: the annex is applied to their output.
/// </summary>
public static class SafetyAnnexRenderer
{
    private const string RulePrefix = "AIREGOPS-SAFETY-";

    public static string Apply(AssessmentReportFormat format, string rendered, SafetyAnnex? annex)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return annex is null ? rendered : format switch
        {
            AssessmentReportFormat.Markdown => rendered.TrimEnd('\n') + "\n\n" + Markdown(annex),
            AssessmentReportFormat.Html => InsertBeforeBodyEnd(rendered, Html(annex)),
            AssessmentReportFormat.Json => Json(rendered, annex),
            AssessmentReportFormat.Sarif => Sarif(rendered, annex),
            _ => JUnit(rendered, annex),
        };
    }

    public static string Markdown(SafetyAnnex annex)
    {
        ArgumentNullException.ThrowIfNull(annex);
        static string M(string? s) => TextEscaping.Markdown(s);
        var md = new StringBuilder();
        md.Append("## 附录：生成式人工智能安全评估 / Annex: generative AI safety evaluation\n\n");
        md.Append("标准 / Standard: ").Append(M(annex.StandardName)).Append(" (").Append(M(annex.StandardKind)).Append(")  \n");
        md.Append("评估日期 / As of: ").Append(Iso.Date(annex.AsOf)).Append("  \n");
        if (annex.Inputs.Count > 0)
        {
            md.Append("输入 / Inputs: ").Append(M(string.Join(", ", annex.Inputs))).Append("  \n");
        }

        md.Append("结论 / Summary: ").Append(Summary(annex)).Append("\n\n");
        md.Append("| 要求 / Requirement | 依据 / Basis | 阈值 / Threshold | 样本 / Sample | 观测 / Observed | 95% 下限 / Lower bound | 结果 / Status | 已证明 / Demonstrated | 差距 / Shortfall |\n");
        md.Append("| --- | --- | --- | ---: | ---: | ---: | --- | --- | --- |\n");
        foreach (var r in annex.Results)
        {
            md.Append("| ").Append(M(r.TitleZh)).Append(" / ").Append(M(r.Title)).Append(" (`").Append(r.Requirement).Append("`)")
                .Append(" | ").Append(M(r.Basis)).Append("; 阈值 / threshold ").Append(r.ConfidenceMark)
                .Append(" | ").Append(M(r.Threshold))
                .Append(" | ").Append(Count(r.SampleSize))
                .Append(" | ").Append(Observed(r))
                .Append(" | ").Append(r.LowerBound is { } lower ? Percent(lower) : "—")
                .Append(" | ").Append(StatusText(r.Status))
                .Append(" | ").Append(r.Demonstrated ? "是 / yes" : "否 / no")
                .Append(" | ").Append(M(r.Shortfall ?? "—")).Append(" |\n");
        }

        md.Append("\n下限为 95% Wilson 置信区间 / Bounds are 95% Wilson score intervals (z = 1.96). ")
            .Append("置信标记 / Confidence marks: [2+] two or more sources, [1] one source, [INF] inferred, [NOT FOUND] not found in this standard.\n");
        return md.ToString();
    }

    public static string Html(SafetyAnnex annex)
    {
        ArgumentNullException.ThrowIfNull(annex);
        static string H(string? s) => TextEscaping.Html(s);
        var html = new StringBuilder();
        html.Append("<section class=\"annex\" id=\"safety-annex\">\n<h2>附录：生成式人工智能安全评估 / Annex: generative AI safety evaluation</h2>\n");
        html.Append("<p>标准 / Standard: ").Append(H(annex.StandardName)).Append(" (").Append(H(annex.StandardKind)).Append(")<br>");
        html.Append("评估日期 / As of: ").Append(Iso.Date(annex.AsOf));
        if (annex.Inputs.Count > 0)
        {
            html.Append("<br>输入 / Inputs: ").Append(H(string.Join(", ", annex.Inputs)));
        }

        html.Append("<br>结论 / Summary: ").Append(H(Summary(annex))).Append("</p>\n");
        html.Append("<table>\n<tr><th>要求 / Requirement</th><th>依据 / Basis</th><th>阈值 / Threshold</th><th>样本 / Sample</th><th>观测 / Observed</th><th>95% 下限 / Lower bound</th><th>结果 / Status</th><th>已证明 / Demonstrated</th><th>差距 / Shortfall</th></tr>\n");
        foreach (var r in annex.Results)
        {
            var css = r.Status switch { SafetyStatus.Met when r.Demonstrated => "met", SafetyStatus.Met => "partial", SafetyStatus.NotMet => "gap", _ => "not-applicable" };
            html.Append("<tr><td>").Append(H(r.TitleZh)).Append("<br>").Append(H(r.Title)).Append("<br><code>").Append(H(r.Requirement)).Append("</code></td>")
                .Append("<td>").Append(H(r.Basis)).Append("<br>阈值 / threshold ").Append(H(r.ConfidenceMark)).Append("</td>")
                .Append("<td>").Append(H(r.Threshold)).Append("</td>")
                .Append("<td>").Append(Count(r.SampleSize)).Append("</td>")
                .Append("<td>").Append(H(Observed(r))).Append("</td>")
                .Append("<td>").Append(r.LowerBound is { } lower ? Percent(lower) : "—").Append("</td>")
                .Append("<td class=\"").Append(css).Append("\">").Append(H(StatusText(r.Status))).Append("</td>")
                .Append("<td>").Append(r.Demonstrated ? "是 / yes" : "否 / no").Append("</td>")
                .Append("<td>").Append(H(r.Shortfall ?? "—")).Append("</td></tr>\n");
        }

        html.Append("</table>\n<p><small>下限为 95% Wilson 置信区间 / Bounds are 95% Wilson score intervals (z = 1.96). [2+] two or more sources, [1] one source, [INF] inferred, [NOT FOUND] not found in this standard.</small></p>\n</section>\n");
        return html.ToString();
    }

    private static string Json(string rendered, SafetyAnnex annex)
    {
        var root = JsonNode.Parse(rendered)!.AsObject();
        root["safetyAnnex"] = JsonNode.Parse(SafetyResultsFile.Render(annex));
        return JsonOutput.Write(root);
    }

    private static string Sarif(string rendered, SafetyAnnex annex)
    {
        var root = JsonNode.Parse(rendered)!.AsObject();
        var rules = new JsonArray();
        var results = new JsonArray();
        var index = 0;
        foreach (var r in annex.Results)
        {
            var id = RulePrefix + r.Requirement;
            rules.Add(new JsonObject
            {
                ["id"] = id,
                ["shortDescription"] = new JsonObject { ["text"] = $"{r.TitleZh} / {r.Title}" },
                ["fullDescription"] = new JsonObject { ["text"] = $"{r.Threshold}. Basis: {r.Basis} {r.ConfidenceMark}." },
                ["defaultConfiguration"] = new JsonObject { ["level"] = "warning" },
                ["properties"] = new JsonObject { ["tags"] = new JsonArray("compliance", "china", "genai-safety", annex.Standard) },
            });
            if (r.Status != SafetyStatus.Met || !r.Demonstrated)
            {
                results.Add(new JsonObject
                {
                    ["ruleId"] = id,
                    ["ruleIndex"] = index,
                    ["level"] = r.Status switch { SafetyStatus.NotMet => "error", SafetyStatus.NotAssessed => "note", _ => "warning" },
                    ["message"] = new JsonObject { ["text"] = $"{r.Title}: {StatusText(r.Status)}{(r.Status == SafetyStatus.Met ? ", not demonstrated" : string.Empty)}. {r.Shortfall}" },
                    ["partialFingerprints"] = new JsonObject { ["airegops/v1"] = $"{annex.Standard}:{r.Requirement}" },
                    ["properties"] = new JsonObject { ["standard"] = annex.Standard, ["sampleSize"] = r.SampleSize, ["observed"] = r.Observed },
                });
            }

            index++;
        }

        root["runs"]!.AsArray().Add(new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject { ["name"] = "AiRegOps safety", ["semanticVersion"] = "0.1.0", ["rules"] = rules },
            },
            ["results"] = results,
        });
        return JsonOutput.Write(root);
    }

    private static string JUnit(string rendered, SafetyAnnex annex)
    {
        var document = XDocument.Parse(rendered);
        var root = document.Root!;
        var cases = annex.Results.Select(r =>
        {
            var element = new XElement("testcase",
                new XAttribute("classname", $"safety.{annex.Standard}"),
                new XAttribute("name", $"{r.Requirement}: {r.Title}"),
                new XAttribute("time", "0"));
            if (r.Status == SafetyStatus.NotAssessed)
            {
                element.Add(new XElement("skipped", new XAttribute("message", r.Shortfall ?? "not assessed")));
            }
            else if (r.Status == SafetyStatus.NotMet)
            {
                element.Add(new XElement("failure", new XAttribute("message", r.Shortfall ?? "not met"), new XAttribute("type", "not-met"),
                    $"{r.Shortfall}\nThreshold: {r.Threshold}\nBasis: {r.Basis} {r.ConfidenceMark}"));
            }

            return element;
        }).ToList();
        var failures = annex.Results.Count(r => r.Status == SafetyStatus.NotMet);
        var skipped = annex.Results.Count(r => r.Status == SafetyStatus.NotAssessed);
        root.Add(new XElement("testsuite",
            new XAttribute("name", $"genai-safety ({annex.Standard})"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("timestamp", Iso.Date(annex.AsOf)),
            cases));
        Bump(root, "tests", cases.Count);
        Bump(root, "failures", failures);
        Bump(root, "skipped", skipped);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Bump(XElement element, string attribute, int by)
    {
        var current = element.Attribute(attribute) is { } a && int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        element.SetAttributeValue(attribute, (current + by).ToString(CultureInfo.InvariantCulture));
    }

    private static string InsertBeforeBodyEnd(string html, string fragment)
    {
        var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return at < 0 ? html + fragment : html.Insert(at, fragment);
    }

    private static string Summary(SafetyAnnex annex)
    {
        var met = annex.Results.Count(r => r.Status == SafetyStatus.Met);
        var shown = annex.Results.Count(r => r.Status == SafetyStatus.Met && r.Demonstrated);
        var notMet = annex.Results.Count(r => r.Status == SafetyStatus.NotMet);
        var notAssessed = annex.Results.Count(r => r.Status == SafetyStatus.NotAssessed);
        return string.Create(CultureInfo.InvariantCulture,
            $"{annex.Results.Count} 项要求 / requirements: {met} 满足 / met ({shown} 已证明 / demonstrated), {notMet} 未满足 / not met, {notAssessed} 未评估 / not assessed");
    }

    private static string StatusText(SafetyStatus status) => status switch
    {
        SafetyStatus.Met => "满足 / Met",
        SafetyStatus.NotMet => "未满足 / Not met",
        _ => "未评估 / Not assessed",
    };

    private static string Observed(SafetyResult r) => r.LowerBound is not null || r.UpperBound is not null ? Percent(r.Observed) : Count((long)r.Observed);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
