using System.Text.Json;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Reports;

/// <summary>End to end over the shipped example profile, the YAML loader and the embedded catalogue.</summary>
public sealed class ExampleProfileTests
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "examples", "genai-chat", "airegops.yml");

    [Fact]
    public void The_example_assesses_without_gaps_and_points_sarif_at_the_file()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadFile(ExamplePath));

        var result = SecurityAssessor.Assess(profile, D("2026-04-01"));
        using var sarif = JsonDocument.Parse(SarifRenderer.Render([result], AppContext.BaseDirectory));

        Assert.False(result.HasGaps, string.Join("; ", result.Gaps.Select(g => g.Problem)));
        Assert.Equal(["Beijing (cn-north-2)", "Ningxia (cn-northwest-1)"], result.BasicInfo.DeploymentLocations);
        foreach (var r in sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            Assert.Equal("examples/genai-chat/airegops.yml", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        }
    }

    [Fact]
    public void The_example_feeds_the_filing_package_and_the_gate()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadFile(ExamplePath));

        var package = FilingPackageBuilder.Build(profile, new FilingRequest(), D("2025-10-01"));
        var schedule = ComplianceScheduler.Default.Build(profile, D("2025-10-01"));
        var gate = ComplianceGate.Evaluate([schedule], [SecurityAssessor.Assess(profile, D("2025-10-01"))], [], D("2025-10-01"));

        Assert.Equal("北京智聊科技有限公司", package["providerName"]);
        Assert.Equal(D("2025-10-16"), package.Deadline!.DueDate);
        Assert.Equal(gate.Violations.Count == 0 ? GateExitCode.Passed : GateExitCode.Failed, gate.ExitCode);
        Assert.All(gate.Violations, v => Assert.Equal(GateViolationKind.Overdue, v.Kind));
    }
}
