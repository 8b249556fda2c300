using AiRegOps.Core.Assessments;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>Bilingual labels shared by the report renderers.</summary>
public static class ReportLabels
{
    public static string Of(FindingStatus status) => status switch
    {
        FindingStatus.Met => "符合 / met",
        FindingStatus.Gap => "差距 / gap",
        FindingStatus.NotDeclared => "未声明 / not declared",
        _ => "不适用 / not applicable",
    };

    public static string Of(ScheduleStatus status) => status switch
    {
        ScheduleStatus.Overdue => "逾期 / overdue",
        ScheduleStatus.PastPolicyTarget => "超出内部目标 / past policy target",
        ScheduleStatus.Due => "待办 / due",
        ScheduleStatus.Upcoming => "即将 / upcoming",
        ScheduleStatus.Satisfied => "已完成 / satisfied",
        _ => "不适用 / not applicable",
    };

    // The report headings, in the order of the items of the report article; the article comes from the catalogue.
    public static string BasicInformation => $"一、基本情况 / Basic information ({AssessmentCitations.ReportItem(1).Display})";

    public static string Implementation =>
        $"二、安全管理制度和技术措施落实情况及防控效果 / Implementation of management systems and technical measures, and their effect ({AssessmentCitations.ReportItem(2).Display})";

    public static string Conclusion => $"三、安全评估结论 / Conclusion ({AssessmentCitations.ReportItem(3).Display})";

    public static string OtherMatters => $"四、其他事项 / Other matters ({AssessmentCitations.ReportItem(4).Display})";

    public static string Triggers => $"评估触发情形 / What triggers the assessment ({AssessmentCitations.Triggers.Display})";
    public const string Gaps = "差距及整改 / Gaps and how to close them";
}
