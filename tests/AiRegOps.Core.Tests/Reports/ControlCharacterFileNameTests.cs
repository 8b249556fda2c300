using AiRegOps.Core.Assessments;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Tests.Reports;

/// <summary>Issue 10, item 6: a control character in a profile's file name must not stop the assessment's reports.</summary>
public sealed class ControlCharacterFileNameTests
{
    [Fact]
    public void Every_report_format_is_written_for_a_profile_whose_file_name_holds_a_control_character()
    {
        const string yaml = "apiVersion: airegops/v1\nkind: Service\nmetadata:\n  name: chat\nspec:\n  provider: { name: X, roles: [service-provider] }\n  publicInPrc: true\n  features: [ai-chat, comments]\n  launchedOn: 2025-06-02\n";
        var profile = Assert.Single(ServiceProfileReader.ReadYaml(yaml, "svc/bad\u0007name.yml"));

        var files = AssessmentReport.Files(SecurityAssessor.Assess(profile, new DateOnly(2025, 10, 1)));

        var junit = Assert.Single(files, f => f.RelativePath.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains("bad\\u0007name.yml", junit.Content, StringComparison.Ordinal);
        Assert.All(files, f => Assert.DoesNotContain('\u0007', f.Content));
    }
}
