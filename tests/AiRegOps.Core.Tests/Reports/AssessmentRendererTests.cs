using System.Text.Json;
using System.Xml.Linq;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Reports;

public sealed class AssessmentRendererTests
{
    private static SecurityAssessmentResult WithGaps() =>
        SecurityAssessor.Assess(
            Chat(FullControls with { LogRetentionMonths = 5, ComplaintChannel = null }) with { Assessments = [new AssessmentRecord { CompletedOn = D("2025-09-20") }] },
            D("2025-10-01"));

    [Fact]
    public void Json_carries_findings_gaps_and_conclusion()
    {
        using var json = JsonDocument.Parse(AssessmentReport.Render(WithGaps(), AssessmentReportFormat.Json));
        var root = json.RootElement;

        Assert.Equal("airegops/security-assessment/v1", root.GetProperty("schema").GetString());
        Assert.Equal(7, root.GetProperty("findings").GetArrayLength());
        var gaps = root.GetProperty("gaps").EnumerateArray().ToList();
        Assert.Equal(["log-records", "complaints-and-support"], gaps.Select(g => g.GetProperty("item").GetString()));
        Assert.Equal("gap", gaps[0].GetProperty("status").GetString());
        Assert.Equal("not-declared", gaps[1].GetProperty("status").GetString());
        Assert.Equal("[2+]", gaps[0].GetProperty("basis")[0].GetProperty("confidence").GetString());
        Assert.True(root.GetProperty("conclusion").GetProperty("hasGaps").GetBoolean());
        Assert.Equal("Beijing (cn-north-1)", root.GetProperty("basicInformation").GetProperty("deploymentLocations")[0].GetString());
    }

    [Fact]
    public void Sarif_is_structurally_2_1_0()
    {
        using var json = JsonDocument.Parse(SarifRenderer.Render([WithGaps()], repositoryRoot: "/repo"));
        var root = json.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-schema-2.1.0.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("AiRegOps", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("id").GetString()));
            Assert.False(r.TryGetProperty("helpUri", out _));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
        });
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ruleIds.Count, ruleIds.Distinct().Count());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["error", "warning"], results.Select(r => r.GetProperty("level").GetString()));
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, ruleIds[result.GetProperty("ruleIndex").GetInt32()]);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("services/chat/airegops.yml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
        }

        Assert.Equal("sa2018.log-records", results[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Sarif_notes_unanswered_triggers_and_omits_unknown_locations()
    {
        var result = SecurityAssessor.Assess(Chat() with { Source = null }, D("2025-10-01"));

        using var json = JsonDocument.Parse(SarifRenderer.Render([result]));
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.All(results, r => Assert.Equal("note", r.GetProperty("level").GetString()));
        Assert.All(results, r => Assert.Equal(SarifRenderer.TriggerRuleId, r.GetProperty("ruleId").GetString()));
        Assert.All(results, r => Assert.False(r.TryGetProperty("locations", out _)));
    }

    [Fact]
    public void JUnit_has_suites_cases_and_failures_for_gaps()
    {
        var plain = SecurityAssessor.Assess(Chat(FullControls) with { Name = "search", Technologies = new ServiceTechnologies { Algorithms = [AlgorithmType.RetrievalFiltering] } }, D("2025-10-01"));

        var xml = XDocument.Parse(JUnitRenderer.Render([WithGaps(), plain]));

        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(root.Descendants("testcase").Count().ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("tests")!.Value);
        Assert.Equal("2", root.Attribute("failures")!.Value);
        Assert.Equal("1", root.Attribute("skipped")!.Value);
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(["chat-assistant", "search"], suites.Select(s => s.Attribute("name")!.Value));
        var failing = suites[0].Elements("testcase").Where(c => c.Element("failure") is not null).ToList();
        Assert.Equal(2, failing.Count);
        Assert.StartsWith("sa2018.log-records ", failing[0].Attribute("name")!.Value, StringComparison.Ordinal);
        Assert.Contains("CSL Art. 21(3)", failing[0].Element("failure")!.Value, StringComparison.Ordinal);
        Assert.NotNull(suites[1].Elements("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("ai-content-labelling", StringComparison.Ordinal)).Element("skipped"));
    }

    [Fact]
    public void Html_is_self_contained_and_escapes_profile_text()
    {
        var profile = Chat(FullControls with { DeploymentLocations = ["<img src=x onerror=alert(1)>"] }) with { DisplayName = "A & B <b>\"quoted\"</b>" };

        var html = AssessmentReport.Render(SecurityAssessor.Assess(profile, D("2025-10-01")), AssessmentReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_html_have_the_article_6_headings_in_both_languages()
    {
        var result = WithGaps();
        var markdown = AssessmentReport.Render(result, AssessmentReportFormat.Markdown);
        var html = AssessmentReport.Render(result, AssessmentReportFormat.Html);

        foreach (var heading in new[] { "一、基本情况 / Basic information", "二、安全管理制度和技术措施落实情况及防控效果", "三、安全评估结论 / Conclusion", "四、其他事项 / Other matters" })
        {
            Assert.Contains(heading, markdown, StringComparison.Ordinal);
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }

        Assert.Contains("To close: Keep network logs for at least 6 months", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void All_formats_are_written_together()
    {
        var target = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"));

        var written = AssessmentReport.Write(WithGaps(), target);

        Assert.Equal(
            ["security-assessment.html", "security-assessment.json", "security-assessment.junit.xml", "security-assessment.md", "security-assessment.sarif"],
            written.Select(Path.GetFileName).Order());
    }
}
