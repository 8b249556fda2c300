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

    // SA2018 Art. 6 report headings, in the order of the article.
    public const string BasicInformation = "一、基本情况 / Basic information (SA2018 Art. 6(1))";
    public const string Implementation = "二、安全管理制度和技术措施落实情况及防控效果 / Implementation of management systems and technical measures, and their effect (SA2018 Art. 6(2))";
    public const string Conclusion = "三、安全评估结论 / Conclusion (SA2018 Art. 6(3))";
    public const string OtherMatters = "四、其他事项 / Other matters (SA2018 Art. 6(4))";
    public const string Triggers = "评估触发情形 / What triggers the assessment (SA2018 Art. 3)";
    public const string Gaps = "差距及整改 / Gaps and how to close them";
}
