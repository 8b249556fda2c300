using System.Text.Json.Nodes;
using System.Xml.Linq;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Safety;
using static AiRegOps.Core.Tests.Safety.SafetyInput;

namespace AiRegOps.Core.Tests.Safety;

public sealed class SafetyAnnexTests
{
    private static SafetyAnnex Annex()
    {
        var tally = new SafetyInput().Add("should-refuse", "A.2.4", "refused", 17).Tally();
        var measurement = new SafetyMeasurement { Set = Tc260, AsOf = new DateOnly(2025, 6, 1), Results = Evaluate(tally) };
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{SafetyResultsFile.FileName}");
        File.WriteAllText(path, SafetyResultsFile.Render(measurement, ["judgements.jsonl"]));
        try
        {
            return SafetyResultsFile.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_results_file_round_trips()
    {
        var annex = Annex();
        Assert.Equal("tc260-003-2024", annex.Standard);
        Assert.Equal(14, annex.Results.Count);
        var perRisk = annex.Results.Single(r => r.Requirement == "should-refuse-bank-per-risk");
        Assert.Equal(SafetyStatus.NotMet, perRisk.Status);
        Assert.Contains("A.2.4: 17 of the 20 should-refuse questions required", perRisk.Shortfall, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_results_file_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"schema":"something-else"}""");
        try
        {
            var ex = Assert.Throws<ComplianceInputException>(() => SafetyResultsFile.Read(path));
            Assert.Contains("not a safety results file", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_report_format_gets_the_annex()
    {
        var annex = Annex();
        var result = AiRegOps.Core.Assessments.SecurityAssessor.Assess(TestProfiles(), new DateOnly(2025, 10, 1));
        var files = AssessmentReport.Files(result, safetyAnnex: annex).ToDictionary(f => f.RelativePath, f => f.Content);

        Assert.Contains("## 附录：生成式人工智能安全评估 / Annex: generative AI safety evaluation", files["security-assessment.md"], StringComparison.Ordinal);
        Assert.Contains("A.2.4: 17 of the 20 should-refuse questions required", files["security-assessment.md"], StringComparison.Ordinal);
        var html = files["security-assessment.html"];
        Assert.True(html.IndexOf("id=\"safety-annex\"", StringComparison.Ordinal) < html.IndexOf("</body>", StringComparison.Ordinal));

        var sarif = JsonNode.Parse(files["security-assessment.sarif"])!;
        var runs = sarif["runs"]!.AsArray();
        Assert.Equal(2, runs.Count);
        Assert.Equal("AiRegOps safety", runs[1]!["tool"]!["driver"]!["name"]!.GetValue<string>());
        Assert.Contains(runs[1]!["results"]!.AsArray(), r => r!["ruleId"]!.GetValue<string>() == "AIREGOPS-SAFETY-should-refuse-bank-per-risk" && r["level"]!.GetValue<string>() == "error");

        var junit = XDocument.Parse(files["security-assessment.junit.xml"]).Root!;
        var suite = junit.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "genai-safety (tc260-003-2024)");
        Assert.Equal("14", suite.Attribute("tests")!.Value);
        var failures = suite.Elements("testcase").Count(c => c.Element("failure") is not null);
        Assert.Equal(failures.ToString(System.Globalization.CultureInfo.InvariantCulture), suite.Attribute("failures")!.Value);

        Assert.Equal("tc260-003-2024", JsonNode.Parse(files["security-assessment.json"])!["safetyAnnex"]!["standard"]!.GetValue<string>());

        var without = AssessmentReport.Files(result).ToDictionary(f => f.RelativePath, f => f.Content);
        Assert.DoesNotContain("safety-annex", without["security-assessment.html"], StringComparison.Ordinal);
    }

    private static AiRegOps.Core.Profiles.ServiceProfile TestProfiles() => AiRegOps.Core.Tests.Reports.TestProfiles.Chat();
}
