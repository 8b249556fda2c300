using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>One-call API behind Export-ComplianceReport: render the schedules in a format, or write them atomically.</summary>
public static class ComplianceReport
{
    public static string Render(IReadOnlyList<ServiceSchedule> schedules, ComplianceReportFormat format, bool includeNotApplicable = false) => format switch
    {
        ComplianceReportFormat.Markdown => ScheduleMarkdownRenderer.Render(schedules, includeNotApplicable),
        ComplianceReportFormat.Html => ScheduleHtmlRenderer.Render(schedules, includeNotApplicable),
        ComplianceReportFormat.Csv => ScheduleCsvRenderer.Render(schedules, includeNotApplicable),
        ComplianceReportFormat.Json => ScheduleJsonRenderer.Render(schedules, includeNotApplicable),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The format a file name asks for: .md, .html/.htm, .csv, .json.</summary>
    /// <exception cref="ComplianceInputException">Any other extension.</exception>
    public static ComplianceReportFormat FormatFor(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" => ComplianceReportFormat.Markdown,
            ".html" or ".htm" => ComplianceReportFormat.Html,
            ".csv" => ComplianceReportFormat.Csv,
            ".json" => ComplianceReportFormat.Json,
            _ => throw new ComplianceInputException("-OutputPath", "a file ending in .md, .html, .csv or .json (or -Format)", path),
        };
    }

    /// <summary>Writes the report to <paramref name="path"/> atomically (temp file + rename).</summary>
    public static void Write(IReadOnlyList<ServiceSchedule> schedules, string path, ComplianceReportFormat? format = null, bool includeNotApplicable = false) =>
        AtomicFileWriter.Write(path, Render(schedules, format ?? FormatFor(path), includeNotApplicable));
}
