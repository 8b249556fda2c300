using System.Text;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The schedule as CSV (RFC 4180, UTF-8, one row per item, a header row), for spreadsheets. The <c>kind</c> column
/// keeps standing duties ("standing", no due date) apart from dated items ("dated"), which come first.
/// </summary>
public static class ScheduleCsvRenderer
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "service", "obligationId", "seedRef", "title", "periodKey", "status", "dueDate", "triggeredOn", "deadline",
        "citations", "confidence", "isPolicy", "isAdvisory", "satisfiedBy", "warnings", "kind",
    ];

    public static string Render(IReadOnlyList<ServiceSchedule> schedules, bool includeNotApplicable = false)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var s in schedules)
        {
            foreach (var i in ScheduleRows.Of(s, includeNotApplicable))
            {
                string[] cells =
                [
                    i.Service, i.ObligationId, i.SeedRef ?? string.Empty, i.Title, i.PeriodKey, KebabName<ScheduleStatus>.Of(i.Status),
                    Iso.Date(i.DueDate), Iso.Date(i.TriggeredOn), i.Deadline, string.Join("; ", i.Citations), ConfidenceMarks.Of(i.Confidence),
                    i.IsPolicy ? "true" : "false", i.IsAdvisory ? "true" : "false", i.SatisfiedBy ?? string.Empty, string.Join("; ", i.Warnings),
                    i.DueDate is null ? "standing" : "dated",
                ];
                csv.Append(string.Join(',', cells.Select(TextEscaping.Csv))).Append("\r\n");
            }
        }

        return csv.ToString();
    }
}
