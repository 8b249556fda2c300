using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Reports;

/// <summary>Reports list standing duties (no due date) apart from dated items.</summary>
public sealed class StandingDutiesTests
{
    [Fact]
    public void Markdown_and_json_put_standing_duties_in_their_own_section()
    {
        var schedule = ComplianceScheduler.Default.Build(Chat(), D("2026-04-01"));
        Assert.Contains(schedule.Items, i => i.DueDate is null && i.Status != ScheduleStatus.NotApplicable);

        var markdown = ComplianceReport.Render([schedule], ComplianceReportFormat.Markdown);
        var dated = markdown.IndexOf("### 有期限事项 / Dated items", StringComparison.Ordinal);
        var standing = markdown.IndexOf("### 持续义务 / Standing duties", StringComparison.Ordinal);
        Assert.True(dated > 0 && standing > dated);
        var standingSection = markdown[standing..];
        Assert.DoesNotMatch(@"\| \d{4}-\d{2}-\d{2} \|", standingSection);

        using var json = System.Text.Json.JsonDocument.Parse(ComplianceReport.Render([schedule], ComplianceReportFormat.Json));
        var service = json.RootElement.GetProperty("services")[0];
        Assert.All(service.GetProperty("standing").EnumerateArray(), i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("dueDate").ValueKind));
        Assert.All(service.GetProperty("dated").EnumerateArray(), i => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", i.GetProperty("dueDate").GetString()));
    }
}
