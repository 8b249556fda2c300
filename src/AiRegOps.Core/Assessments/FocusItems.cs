using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Assessments;

/// <summary>
/// The focus items of the 2018 security assessment as the seed document lists them (A.2), plus the labelling
/// materials the Labelling Measures add for synthesis services. The seed is the source of the items; the article
/// number (SA2018 Art. 5) is unverified, and every output says so.
/// </summary>
public static class FocusItems
{
    /// <summary>The date the Labelling Measures took effect, from the catalogue.</summary>
    public static DateOnly LabellingInForce => Catalogue.ObligationCatalogue.Default.GetRegulation("LABEL").EffectiveOn ?? DateOnly.MaxValue;

    public static FocusItem SecurityManagement { get; } = Sa2018(
        "security-management", "安全管理负责人、信息审核人员及安全管理机构", "Security management and content review staff",
        "Persons in charge of security management and information review, and a security management body appropriate to the service.");

    public static FocusItem RealIdentity { get; } = Sa2018(
        "real-identity", "用户真实身份核验及注册信息留存", "Real-identity verification and retention of registration data",
        "User real-identity verification and measures to retain registration information.");

    public static FocusItem LogRecords { get; } = Sa2018(
        "log-records", "用户日志信息留存", "Log records",
        "Keeping users' log information: account, operation time and type, network source and destination addresses, source port, client hardware features, and the information users publish.",
        AssessmentCitations.LogRetention2016, AssessmentCitations.LogRetention2025);

    public static FocusItem IllegalInformation { get; } = Sa2018(
        "illegal-information", "违法有害信息防范处置", "Handling of illegal and harmful information",
        "Preventing and handling illegal and harmful information in account names, group names, nicknames, profiles, notes and logos, and in publishing, forwarding, commenting and every other posting function, with records kept.");

    public static FocusItem PersonalInformationAndMobilisation { get; } = Sa2018(
        "pi-and-mobilisation", "个人信息保护及防范社会动员功能失控", "Personal-information protection and control of social-mobilisation functions",
        "Technical measures protecting personal information and preventing the spread of illegal information and the loss of control of social-mobilisation functions.");

    public static FocusItem ComplaintsAndSupport { get; } = Sa2018(
        "complaints-and-support", "投诉举报及配合监管机制", "Complaints and support for the authorities",
        "A complaint and report system with published channels, handled promptly; and a mechanism giving the CAC, public-security and state-security organs technical and data support.");

    public static FocusItem ContentLabelling { get; } = new()
    {
        Id = "ai-content-labelling",
        TitleZh = "生成合成内容标识材料",
        TitleEn = "AI-generated content labelling materials",
        Description = "Not an SA2018 focus item: the Labelling Measures require labelling materials with the filing and the security assessment of synthesis services (explicit labels; implicit metadata labels).",
        Citations = [AssessmentCitations.LabellingMaterials, AssessmentCitations.ExplicitLabels, AssessmentCitations.ImplicitLabels],
        HelpUri = AssessmentCitations.LabellingUri,
    };

    /// <summary>Every item, in report order.</summary>
    public static IReadOnlyList<FocusItem> All { get; } =
        [SecurityManagement, RealIdentity, LogRecords, IllegalInformation, PersonalInformationAndMobilisation, ComplaintsAndSupport, ContentLabelling];

    private static FocusItem Sa2018(string id, string zh, string en, string description, params SourceCitation[] extra) => new()
    {
        Id = id,
        TitleZh = zh,
        TitleEn = en,
        Description = description,
        Citations = [AssessmentCitations.FocusItems, .. extra],
        HelpUri = AssessmentCitations.Sa2018Uri,
    };
}
