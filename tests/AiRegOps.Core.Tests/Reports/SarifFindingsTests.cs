using System.Text.Json;
using System.Xml.Linq;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Reports.Findings;
using AiRegOps.Core.Schedule;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Reports;

/// <summary>The gate's SARIF as GitHub code scanning reads it: schema-valid, fingerprinted, located, levelled, suppressed.</summary>
public sealed class SarifFindingsTests
{
    // Line numbers matter: the tests assert regions at these lines and columns.
    private const string Yaml = """
        apiVersion: airegops/v1
        kind: Service
        metadata:
          name: forum-chat
        spec:
          provider: { name: Test Provider Ltd, roles: [service-provider] }
          publicInPrc: true
          technologies: { algorithms: [generation-synthesis], deepSynthesis: [text], generativeAi: true }
          features: [ai-chat, forum]
          launchedOn: 2025-09-26
          controls:
            securityOfficer: true
            contentReviewers: 3
            logRetentionMonths: 3
        """;

    private static readonly DateOnly AsOf = D("2025-11-20");

    private static ServiceProfile Profile() => Assert.Single(ServiceProfileReader.ReadYaml(Yaml, "/repo/services/forum/airegops.yml"));

    private static IReadOnlyList<ComplianceFinding> Findings(IEnumerable<Waiver>? waivers = null)
    {
        var profile = Profile();
        var schedule = ComplianceScheduler.Default.Build(profile, AsOf);
        return ComplianceFindings.Build([new ServiceFindingsInput(SecurityAssessor.Assess(profile, AsOf), schedule)], waivers, AsOf);
    }

    private static JsonElement Results(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results");

    [Fact]
    public void The_gate_sarif_validates_against_the_official_2_1_0_schema()
    {
        var waiver = new Waiver { Service = "forum-chat", Obligation = "sa2018.log-records", Reason = "Retention raised in the next release", Expires = D("2026-01-31"), Source = new SourceLocation("/repo/.github/airegops/waivers.yml", 2, 5) };
        var sarif = SarifRenderer.Render(Findings([waiver]), "/repo");

        var errors = SarifSchema.Validate(sarif);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.True(Results(sarif).GetArrayLength() >= 3);
        Assert.Contains("suppressions", sarif, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"level\": \"error\"", "\"level\": \"fatal\"")]
    [InlineData("\"helpUri\": \"https://", "\"helpUri\": \"not a uri ")]
    [InlineData("\"startLine\": ", "\"startLine\": -")]
    public void The_schema_check_catches_invalid_sarif(string valid, string broken)
    {
        var sarif = SarifRenderer.Render(Findings(), "/repo", new Uri("https://docs.example.com/airegops/"));
        Assert.Contains(valid, sarif, StringComparison.Ordinal);

        Assert.NotEmpty(SarifSchema.Validate(sarif.Replace(valid, broken, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_result_has_a_stable_distinct_fingerprint_of_service_rule_and_period()
    {
        var first = Results(SarifRenderer.Render(Findings(), "/repo")).EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifRenderer.FingerprintKey).GetString()).ToList();
        var second = Results(SarifRenderer.Render(Findings(), "/repo")).EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifRenderer.FingerprintKey).GetString()).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Contains("forum-chat|arr-algorithm-filing|launched@2025-09-26", first);
        Assert.Contains("forum-chat|sa2018.log-records|controls.logRetentionMonths", first);
    }

    [Fact]
    public void Regions_point_at_the_profile_node_that_caused_each_result()
    {
        var findings = Findings();

        var retention = Assert.Single(findings, f => f.Key == "controls.logRetentionMonths");
        Assert.Equal(new SourceLocation("/repo/services/forum/airegops.yml", 14, 5), retention.Location);
        var undeclaredLogFields = Assert.Single(findings, f => f.Key == "controls.loggedFields");
        Assert.Equal(11, undeclaredLogFields.Location!.Line); // not declared: the controls block itself
        var filing = Assert.Single(findings, f => f.Rule.Id == "arr-algorithm-filing");
        Assert.Equal(new SourceLocation("/repo/services/forum/airegops.yml", 10, 3), filing.Location); // launchedOn
        Assert.True(findings.Select(f => f.Location!.Line).Distinct().Count() > 2, "results must not all point at one line");
    }

    [Fact]
    public void Overdue_statutory_items_are_errors_undeclared_controls_warnings_and_triggers_notes()
    {
        var findings = Findings();

        Assert.Equal(FindingLevel.Error, Assert.Single(findings, f => f.Rule.Id == "arr-algorithm-filing").Level);
        Assert.Equal(FindingLevel.Error, Assert.Single(findings, f => f.Key == "controls.logRetentionMonths").Level);
        Assert.Equal(FindingLevel.Warning, Assert.Single(findings, f => f.Key == "controls.loggedFields").Level);
        Assert.All(findings.Where(f => f.Rule.Id == FindingRules.TriggerRuleId), f => Assert.Equal(FindingLevel.Note, f.Level));
    }

    [Fact]
    public void Policy_items_are_notes_and_due_dated_items_warnings()
    {
        var profile = Profile();
        var schedule = ComplianceScheduler.Default.Build(profile, AsOf);
        var item = schedule.Items.First(i => i.Status == ScheduleStatus.Overdue && !i.IsAdvisory);
        var policy = schedule with { Items = [item with { IsPolicy = true }, item with { ObligationId = "due-one", Status = ScheduleStatus.Due, PeriodKey = "FY2025" }] };

        var findings = ComplianceFindings.Build([new ServiceFindingsInput(SecurityAssessor.Assess(profile with { Controls = FullControls }, AsOf), policy)]);

        Assert.Equal(FindingLevel.Note, Assert.Single(findings, f => f.Rule.Id == item.ObligationId).Level);
        Assert.Equal(FindingLevel.Warning, Assert.Single(findings, f => f.Rule.Id == "due-one").Level);
        Assert.Equal(4, Assert.Single(findings, f => f.Rule.Id == "due-one").Location!.Line); // the service name
    }

    [Fact]
    public void Waived_findings_are_suppressions_with_justification_and_expiry_not_unsuppressed_errors()
    {
        var waiver = new Waiver { Service = "forum-chat", Obligation = "arr-algorithm-filing", Reason = "Filed on 2025-11-18; number awaited", Expires = D("2025-12-31") };
        var expired = new Waiver { Service = "forum-chat", Obligation = "sa2018.log-records", Reason = "old", Expires = D("2025-11-01") };

        var results = Results(SarifRenderer.Render(Findings([waiver, expired]), "/repo")).EnumerateArray().ToList();

        var filing = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "arr-algorithm-filing");
        var suppression = Assert.Single(filing.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal("Filed on 2025-11-18; number awaited (waiver valid until 2025-12-31)", suppression.GetProperty("justification").GetString());
        Assert.Equal("2025-12-31", suppression.GetProperty("properties").GetProperty("expires").GetString());
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() == "sa2018.log-records"), r => Assert.False(r.TryGetProperty("suppressions", out _)));
    }

    [Fact]
    public void Every_rule_carries_its_full_help_inline_and_no_invented_help_uri()
    {
        using var json = JsonDocument.Parse(SarifRenderer.Render(Findings(), "/repo"));
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();

        Assert.False(driver.TryGetProperty("informationUri", out _));
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "arr-algorithm-filing");
        Assert.All(rules, r =>
        {
            Assert.False(r.TryGetProperty("helpUri", out _));
            Assert.True(r.GetProperty("help").GetProperty("text").GetString()!.Length > 40);
            Assert.Contains("Basis", r.GetProperty("help").GetProperty("markdown").GetString()!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_configured_documentation_base_gives_every_rule_a_help_uri_into_its_docs_section()
    {
        var docsBase = DocumentationLinks.ParseBase("https://docs.example.com/airegops", "test");
        var sarif = SarifRenderer.Render(Findings(), "/repo", docsBase);
        using var json = JsonDocument.Parse(sarif);
        var driver = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();

        Assert.Empty(SarifSchema.Validate(sarif));
        Assert.Equal("https://docs.example.com/airegops/", driver.GetProperty("informationUri").GetString());
        Assert.All(rules, r => Assert.StartsWith("https://docs.example.com/airegops/code-scanning.md#", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "code-scanning.md"));
        Assert.All(rules, r => Assert.Contains($"id=\"{new Uri(r.GetProperty("helpUri").GetString()!).Fragment.TrimStart('#')}\"", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void JUnit_carries_the_same_findings_as_sarif()
    {
        var profile = Profile();
        var assessment = SecurityAssessor.Assess(profile, AsOf);
        var findings = Findings();

        var xml = XDocument.Parse(JUnitRenderer.Render([assessment], findings));
        var sarif = Results(SarifRenderer.Render(findings, "/repo")).EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifRenderer.FingerprintKey).GetString()!).ToHashSet();

        var junit = xml.Descendants("testcase").Select(c => c.Value).SelectMany(v => v.Split('\n')).Where(l => l.StartsWith("Fingerprint: ", StringComparison.Ordinal)).Select(l => l["Fingerprint: ".Length..]).ToHashSet();
        Assert.Equal(sarif, junit);
        var filing = Assert.Single(xml.Descendants("testcase"), c => c.Attribute("classname")!.Value == "forum-chat.arr-algorithm-filing");
        Assert.Equal("error", filing.Element("failure")!.Attribute("type")!.Value);
    }
}
