using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>Chinese and English names of the values a filing shows.</summary>
public static class FilingNames
{
    /// <summary>The ARR Art. 2 name of an algorithm type, e.g. "个性化推送类 (personalised push)".</summary>
    public static string Of(AlgorithmType type) => type switch
    {
        AlgorithmType.GenerationSynthesis => "生成合成类 (generation and synthesis)",
        AlgorithmType.PersonalizedPush => "个性化推送类 (personalised push)",
        AlgorithmType.SortingSelection => "排序精选类 (sorting and selection)",
        AlgorithmType.RetrievalFiltering => "检索过滤类 (retrieval and filtering)",
        AlgorithmType.SchedulingDecision => "调度决策类 (scheduling and decision-making)",
        _ => type.ToString(),
    };

    public static string Of(ProductForm product) => product switch
    {
        ProductForm.App => "应用程序 (app)",
        ProductForm.Website => "网站 (website)",
        ProductForm.MiniProgram => "小程序 (mini program)",
        ProductForm.Api => "应用程序接口 (API)",
        _ => product.ToString(),
    };

    public static string Of(FilingKind kind) => kind switch
    {
        FilingKind.Change => "变更备案 (change)",
        FilingKind.Cancel => "注销备案 (cancellation)",
        _ => "新备案 (new filing)",
    };

    public static string Of(ObligorRole role) => role switch
    {
        ObligorRole.TechnicalSupporter => "技术支持者 (technical supporter)",
        _ => "服务提供者 (service provider)",
    };
}
