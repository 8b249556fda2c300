using System.Globalization;
using System.Text;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The schedule as one self-contained printable page: a timeline strip (one lane per service, a coloured mark per
/// due date, the as-of date as a line; names in a column of their own and at most a dozen month labels, so labels never
/// overlap however many items there are), a month-by-month list of due dates, and per service the dated items apart
/// from the standing duties.
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
                .Append("</p>\n");
            var rows = ScheduleRows.Of(s, includeNotApplicable).ToList();
            Table(html, "有期限事项 / Dated items", rows.Where(i => i.DueDate is not null).ToList());
            Table(html, "持续义务 / Standing duties (no due date: they apply for as long as the service runs)", rows.Where(i => i.DueDate is null).ToList());
        }

        return HtmlPage.Close(html);
    }

    private static void Table(StringBuilder html, string heading, List<ScheduleItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(H(heading)).Append(" <span class=\"count\">(").Append(items.Count).Append(")</span></h3>\n<table>\n")
            .Append("<tr><th>截止 / Due</th><th>状态 / Status</th><th>义务 / Obligation</th><th>期间 / Period</th><th>期限 / Deadline</th><th>依据 / Basis</th></tr>\n");
        foreach (var i in items)
        {
            html.Append("<tr><td>").Append(i.DueDate is null ? "持续 / standing" : Iso.Date(i.DueDate)).Append("</td><td class=\"").Append(HtmlPage.Class(i.Status)).Append("\">")
                .Append(H(ReportLabels.Of(i.Status) + (i.IsAdvisory ? " (advisory)" : string.Empty)))
                .Append("</td><td>").Append(H($"{i.Title} ({i.ObligationId})")).Append("</td><td>").Append(H(i.PeriodKey))
                .Append("</td><td>").Append(H(i.Deadline)).Append("</td><td>").Append(H(ScheduleRows.Basis(i))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
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

        // Names sit in a column of their own and month labels are thinned to about a dozen, so no label overlaps a
        // mark or another label however many services and items there are; each mark names its item on hover.
        var today = $"<span class=\"today\" style=\"left:{Left(asOf)}\" title=\"as of {Iso.Date(asOf)}\"></span>";
        html.Append("<div class=\"timeline\">\n<div class=\"axis\"><span class=\"lane-name\"></span><div class=\"track\">");
        var months = (end.Year * 12 + end.Month) - (start.Year * 12 + start.Month);
        var step = Math.Max(1, (months + 11) / 12);
        for (var m = start; m < end; m = m.AddMonths(step))
        {
            html.Append("<span class=\"tick\" style=\"left:").Append(Left(m)).Append("\">").Append(m.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("</span>");
        }

        html.Append("</div></div>\n");
        foreach (var s in schedules)
        {
            var items = dated.Where(d => ReferenceEquals(d.Schedule, s)).Select(d => d.Item).ToList();
            html.Append("<div class=\"lane\"><span class=\"lane-name\" title=\"").Append(H(s.Service.Name)).Append("\">").Append(H(s.Service.Name))
                .Append(" <span class=\"count\">(").Append(items.Count).Append(")</span></span><div class=\"track\">").Append(today);
            foreach (var item in items)
            {
                html.Append("<span class=\"mark ").Append(HtmlPage.Class(item.Status)).Append("\" style=\"left:").Append(Left(item.DueDate!.Value))
                    .Append("\" title=\"").Append(H($"{Iso.Date(item.DueDate)} {KebabName<ScheduleStatus>.Of(item.Status)}: {item.Title}")).Append("\"></span>");
            }

            html.Append("</div></div>\n");
        }

        html.Append("</div>\n");
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
