using System.Text.RegularExpressions;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;
using AiRegOps.Core.Tests.Schedule;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Reports;

public sealed partial class ComplianceReportTests
{
    private static IReadOnlyList<ServiceSchedule> Schedules() =>
    [
        SchedulerFixture.Scheduler.Build(SchedulerFixture.Profile(launchedOn: D("2025-09-26")) with { Assessments = [new AssessmentRecord { CompletedOn = D("2025-09-20") }] }, D("2025-10-20")),
        SchedulerFixture.Scheduler.Build(SchedulerFixture.Profile(launchedOn: D("2025-10-10")) with { Name = "second", DisplayName = "Second <i>svc</i>, \"=cmd\"" }, D("2025-10-20")),
    ];

    [Fact]
    public void Csv_has_a_header_and_one_parsable_row_per_applicable_item()
    {
        var schedules = Schedules();
        var csv = ComplianceReport.Render(schedules, ComplianceReportFormat.Csv);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', ScheduleCsvRenderer.Columns), lines[0]);
        Assert.Equal(schedules.Sum(s => s.Items.Count(i => i.Status != ScheduleStatus.NotApplicable)), lines.Length - 1);
        var filing = lines.Single(l => l.StartsWith("svc,filing,", StringComparison.Ordinal));
        var cells = CsvCells().Matches(filing).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ScheduleCsvRenderer.Columns.Count, cells.Count);
        Assert.Equal("overdue", cells[5]);
        Assert.Equal("2025-10-16", cells[6]);
    }

    [Fact]
    public void Csv_cells_that_look_like_formulas_are_defused()
    {
        Assert.Equal("'=cmd", TextEscaping.Csv("=cmd"));
        Assert.Equal("\"a,b\"", TextEscaping.Csv("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", TextEscaping.Csv("say \"hi\""));
    }

    [Fact]
    public void Markdown_has_a_summary_and_a_table_per_service()
    {
        var md = ComplianceReport.Render(Schedules(), ComplianceReportFormat.Markdown);

        Assert.Contains("| svc | 2025-10-20 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("## Second &lt;i&gt;svc&lt;/i&gt;, \"=cmd\"", md, StringComparison.Ordinal);
        Assert.Contains("| 2025-10-16 | 逾期 / overdue |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_has_a_timeline_and_escapes_names()
    {
        var html = ComplianceReport.Render(Schedules(), ComplianceReportFormat.Html);

        Assert.Contains("class=\"timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mark overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"today\"", html, StringComparison.Ordinal);
        Assert.Contains("<h3>2025-10</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Second &lt;i&gt;svc&lt;/i&gt;, &quot;=cmd&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_format_follows_the_file_extension_and_unknown_ones_are_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"), "schedule.csv");

        ComplianceReport.Write(Schedules(), path);

        Assert.StartsWith("service,obligationId", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Throws<ComplianceInputException>(() => ComplianceReport.FormatFor("schedule.xlsx"));
    }

    [GeneratedRegex("(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)")]
    private static partial Regex CsvCells();
}
