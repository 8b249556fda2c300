using System.Globalization;
using System.Text;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The schedule as one self-contained printable page: a timeline strip (one lane per service, a coloured mark per
/// due date, the as-of date as a line), a month-by-month list of due dates, and one table per service.
/// </summary>
public static class ScheduleHtmlRenderer
{
    public static string Render(IReadOnlyList<ServiceSchedule> schedules, bool includeNotApplicable = false)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var html = HtmlPage.Open("合规日程 / Compliance schedule");
        var dated = schedules
            .SelectMany(s => ScheduleRows.Of(s, includeNotApplicable: false).Where(i => i.DueDate is not null).Select(i => (Schedule: s, Item: i)))
            .ToList();
        var asOf = schedules.Count == 0 ? (DateOnly?)null : schedules.Min(s => s.AsOf);
        html.Append("<p class=\"note\">As of ").Append(Iso.Date(asOf)).Append(". Colours: <span class=\"overdue\">overdue</span>, <span class=\"due\">due</span>, <span class=\"upcoming\">upcoming</span>, <span class=\"satisfied\">satisfied</span>.</p>\n");

        html.Append("<h2>").Append(H("时间线 / Timeline")).Append("</h2>\n");
        if (dated.Count == 0)
        {
            html.Append("<p>No dated obligations.</p>\n");
        }
        else
        {
            Strip(html, schedules, dated, asOf!.Value);
            Months(html, dated);
        }

        foreach (var s in schedules)
        {
            html.Append("<h2>").Append(H(s.Service.DisplayName ?? s.Service.Name)).Append("</h2>\n<p class=\"note\">")
                .Append(H($"Public-opinion attributes ({AssessmentCitations.Definition.Display}): {s.PublicOpinion.Summary}. Catalogue {s.CatalogueVersion}."))
                .Append("</p>\n<table>\n<tr><th>截止 / Due</th><th>状态 / Status</th><th>义务 / Obligation</th><th>期间 / Period</th><th>期限 / Deadline</th><th>依据 / Basis</th></tr>\n");
            foreach (var i in ScheduleRows.Of(s, includeNotApplicable))
            {
                html.Append("<tr><td>").Append(Iso.Date(i.DueDate)).Append("</td><td class=\"").Append(HtmlPage.Class(i.Status)).Append("\">")
                    .Append(H(ReportLabels.Of(i.Status) + (i.IsAdvisory ? " (advisory)" : string.Empty)))
                    .Append("</td><td>").Append(H($"{i.Title} ({i.ObligationId})")).Append("</td><td>").Append(H(i.PeriodKey))
                    .Append("</td><td>").Append(H(i.Deadline)).Append("</td><td>").Append(H(ScheduleRows.Basis(i))).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return HtmlPage.Close(html);
    }

    private static void Strip(StringBuilder html, IReadOnlyList<ServiceSchedule> schedules, List<(ServiceSchedule Schedule, ScheduleItem Item)> dated, DateOnly asOf)
    {
        static int MonthIndex(DateOnly d) => (d.Year * 12) + d.Month - 1;
        var first = Math.Min(MonthIndex(asOf), dated.Min(d => MonthIndex(d.Item.DueDate!.Value)));
        var start = new DateOnly(first / 12, (first % 12) + 1, 1);
        var last = dated.Max(d => d.Item.DueDate!.Value);
        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        double span = Math.Max(1, end.DayNumber - start.DayNumber);
        string Left(DateOnly d) => ((d.DayNumber - start.DayNumber) / span * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

        html.Append("<div class=\"timeline\">\n<div class=\"axis\">");
        var months = (end.Year * 12 + end.Month) - (start.Year * 12 + start.Month);
        var step = Math.Max(1, months / 12);
        for (var m = start; m < end; m = m.AddMonths(step))
        {
            html.Append("<span class=\"tick\" style=\"left:").Append(Left(m)).Append("\">").Append(m.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("</span>");
        }

        html.Append("</div>\n");
        foreach (var s in schedules)
        {
            html.Append("<div class=\"lane\"><span class=\"lane-name\">").Append(H(s.Service.Name)).Append("</span>");
            foreach (var (_, item) in dated.Where(d => ReferenceEquals(d.Schedule, s)))
            {
                html.Append("<span class=\"mark ").Append(HtmlPage.Class(item.Status)).Append("\" style=\"left:").Append(Left(item.DueDate!.Value))
                    .Append("\" title=\"").Append(H($"{Iso.Date(item.DueDate)} {KebabName<ScheduleStatus>.Of(item.Status)}: {item.Title}")).Append("\"></span>");
            }

            html.Append("</div>\n");
        }

        html.Append("<span class=\"today\" style=\"left:").Append(Left(asOf)).Append("\" title=\"as of ").Append(Iso.Date(asOf)).Append("\"></span>\n</div>\n");
    }

    // The list people read at a glance: each month, its due dates, with status and service.
    private static void Months(StringBuilder html, List<(ServiceSchedule Schedule, ScheduleItem Item)> dated)
    {
        foreach (var month in dated.OrderBy(d => d.Item.DueDate).GroupBy(d => d.Item.DueDate!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
        {
            html.Append("<h3>").Append(month.Key).Append("</h3>\n<ul>\n");
            foreach (var (schedule, item) in month)
            {
                html.Append("<li><strong>").Append(Iso.Date(item.DueDate)).Append("</strong> <span class=\"").Append(HtmlPage.Class(item.Status)).Append("\">")
                    .Append(H(ReportLabels.Of(item.Status))).Append("</span> ").Append(H(schedule.Service.Name)).Append(": ").Append(H(item.Title)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static string H(string? text) => TextEscaping.Html(text);
}
