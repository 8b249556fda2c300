using System.Text;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>The schedule of one or more services as Markdown: a summary, then one table per service.</summary>
public static class ScheduleMarkdownRenderer
{
    public static string Render(IReadOnlyList<ServiceSchedule> schedules, bool includeNotApplicable = false)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var md = new StringBuilder();
        md.Append("# 合规日程 / Compliance schedule\n\n");
        md.Append("| 服务 / Service | As of | ").Append(string.Join(" | ", Statuses.Select(ReportLabels.Of))).Append(" |\n|---|---|");
        md.Append(string.Concat(Statuses.Select(_ => "---|"))).Append('\n');
        foreach (var s in schedules)
        {
            md.Append("| ").Append(TextEscaping.Markdown(s.Service.Name)).Append(" | ").Append(Iso.Date(s.AsOf)).Append(" | ")
                .Append(string.Join(" | ", Statuses.Select(st => s.Count(st)))).Append(" |\n");
        }

        foreach (var s in schedules)
        {
            md.Append("\n## ").Append(TextEscaping.Markdown(s.Service.DisplayName ?? s.Service.Name)).Append("\n\n");
            md.Append("Public-opinion attributes (").Append(AssessmentCitations.Definition.Display).Append("): ").Append(TextEscaping.Markdown(s.PublicOpinion.Summary)).Append(". Catalogue ")
                .Append(TextEscaping.Markdown(s.CatalogueVersion)).Append(".\n\n");
            var rows = ScheduleRows.Of(s, includeNotApplicable).ToList();
            Table(md, "### 有期限事项 / Dated items", rows.Where(i => i.DueDate is not null));
            Table(md, "### 持续义务 / Standing duties (no due date: they apply for as long as the service runs)", rows.Where(i => i.DueDate is null));
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, string heading, IEnumerable<ScheduleItem> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.Append(heading).Append("\n\n");
        md.Append("| 截止 / Due | 状态 / Status | 义务 / Obligation | 期间 / Period | 期限 / Deadline | 依据 / Basis |\n|---|---|---|---|---|---|\n");
        foreach (var i in list)
        {
            md.Append("| ").Append(Iso.Date(i.DueDate)).Append(" | ").Append(ReportLabels.Of(i.Status)).Append(i.IsAdvisory ? " (advisory)" : string.Empty)
                .Append(" | ").Append(TextEscaping.Markdown($"{i.Title} ({i.ObligationId})")).Append(" | ").Append(TextEscaping.Markdown(i.PeriodKey))
                .Append(" | ").Append(TextEscaping.Markdown(i.Deadline)).Append(" | ").Append(TextEscaping.Markdown(ScheduleRows.Basis(i))).Append(" |\n");
        }

        md.Append('\n');
    }

    private static ScheduleStatus[] Statuses { get; } = [ScheduleStatus.Overdue, ScheduleStatus.PastPolicyTarget, ScheduleStatus.Due, ScheduleStatus.Upcoming, ScheduleStatus.Satisfied];
}
