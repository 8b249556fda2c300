using AiRegOps.Core.Assessments;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The Chinese body text of the assessment report for each declared control and trigger, written first with the
/// English beside it. Wording only: the requirement's numbers and articles stay in the English text and citations,
/// which come from the catalogue.
/// </summary>
internal static class ControlWording
{
    private static readonly Dictionary<string, (string Requirement, string Remedy)> Controls = new(StringComparer.Ordinal)
    {
        ["controls.securityOfficer"] = ("确定安全管理负责人", "确定安全管理负责人，并在服务画像中声明 controls.securityOfficer: true。"),
        ["controls.contentReviewers"] = ("配备与服务规模相适应的信息审核人员", "配备与服务规模相适应的信息审核人员，并声明 controls.contentReviewers。"),
        ["controls.realIdentityVerification"] = ("对用户进行真实身份信息认证", "通过手机号码、身份证件号码、统一社会信用代码或国家网络身份认证公共服务等方式认证用户真实身份，并声明 controls.realIdentityVerification: true。"),
        ["controls.registrationDataRetentionMonths"] = ("留存用户注册信息", "留存用户注册信息，并声明 controls.registrationDataRetentionMonths。"),
        ["controls.loggedFields"] = ("网络日志记录规定的信息项", "在日志中记录规定的信息项，并在 controls.loggedFields 中列出。"),
        ["controls.logRetentionMonths"] = ("网络日志留存期限符合法律规定", "按法律规定的期限留存网络日志，并相应设置 controls.logRetentionMonths。"),
        ["controls.illegalInformationHandling"] = ("在账号名称、昵称、简介及各类发布、转发、评论功能中防范和处置违法信息并留存记录", "对账号和群组名称、昵称、简介及各类发布、转发、评论功能中的违法信息进行防范和处置并留存记录，并声明 controls.illegalInformationHandling: true。"),
        ["controls.personalInformationProtection"] = ("落实个人信息保护技术措施", "落实个人信息保护技术措施，并声明 controls.personalInformationProtection: true。"),
        ["controls.mobilisationControls"] = ("防范社会动员功能失控的技术措施", "对社会动员功能采取频次限制、审核、关停等技术措施，并声明 controls.mobilisationControls: true。"),
        ["controls.complaintChannel"] = ("公布投诉、举报渠道并及时处理", "公布投诉、举报渠道，明确处理流程和反馈时限，并声明 controls.complaintChannel: true。"),
        ["controls.authoritySupportMechanism"] = ("为网信、公安、国家安全机关依法履职提供技术和数据支持的工作机制", "建立为有关部门依法履职提供技术和数据支持的工作机制（联系人、程序），并声明 controls.authoritySupportMechanism: true。"),
        ["controls.contentLabelling"] = ("对生成合成内容添加显式标识", "对生成合成内容添加显式标识，并声明 controls.contentLabelling: true。"),
        ["controls.implicitMetadataLabels"] = ("在文件元数据中添加隐式标识", "在文件元数据中添加隐式标识（GB 45438-2025），并声明 controls.implicitMetadataLabels: true。"),
    };

    /// <summary>What the control requires, in Chinese (the field name when no wording is known).</summary>
    public static string Requirement(ControlCheck check) =>
        Controls.TryGetValue(check.Field, out var wording) ? wording.Requirement : check.Field;

    /// <summary>What is wrong, in Chinese.</summary>
    public static string Problem(ControlCheck check) => check.Status switch
    {
        FindingStatus.NotDeclared => $"服务画像未声明：{Requirement(check)}（{check.Field}）。",
        FindingStatus.Gap => $"未达到要求：{Requirement(check)}（已声明 {check.Field} = {check.Declared ?? "—"}）。",
        FindingStatus.Met => $"已落实：{Requirement(check)}。",
        _ => $"不适用：{Requirement(check)}。",
    };

    /// <summary>What would close the gap, in Chinese.</summary>
    public static string Remedy(ControlCheck check) =>
        Controls.TryGetValue(check.Field, out var wording) ? wording.Remedy : $"落实相应措施并在服务画像中声明 {check.Field}。";

    /// <summary>The trigger in Chinese, by its kind (the English description may be the profile's own text).</summary>
    public static string Trigger(AssessmentTriggerKind kind) => kind switch
    {
        AssessmentTriggerKind.Launch => "具有舆论属性或社会动员能力的信息服务上线",
        AssessmentTriggerKind.FunctionAdded => "增设相关功能",
        AssessmentTriggerKind.MaterialTechnicalChange => "使用新技术、新应用，使信息服务的功能属性、技术实现方式、基础资源配置等发生重大变更",
        AssessmentTriggerKind.SignificantUserGrowth => "用户规模显著增加",
        AssessmentTriggerKind.HarmfulInformationIncident => "发生违法有害信息传播扩散",
        AssessmentTriggerKind.WrittenNotice => "地市级以上网信部门或者公安机关书面通知",
        AssessmentTriggerKind.DeepSynthesisLaunch => "具有舆论属性或社会动员能力的深度合成产品、应用或功能上线",
        AssessmentTriggerKind.SynthesisTool => "提供生成或编辑人脸、人声等生物识别信息或特殊物体、场景的模型、模板等工具",
        AssessmentTriggerKind.GenerativeAi => "提供具有舆论属性或社会动员能力的生成式人工智能服务",
        _ => "评估触发情形",
    };

    /// <summary>Whether an assessment answers the trigger, in Chinese, then the record in the profile's words.</summary>
    public static string Answered(AssessmentTrigger trigger) =>
        trigger.AnsweredBy is { } answeredBy ? $"已评估 / {answeredBy}" : "未记录评估 / none recorded";
}
