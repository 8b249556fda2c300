namespace AiRegOps.Core.Profiles;

/// <summary>The five algorithm types of ARR Art. 2(2).</summary>
public enum AlgorithmType
{
    /// <summary>生成合成类: generation and synthesis.</summary>
    GenerationSynthesis,

    /// <summary>个性化推送类: personalised push.</summary>
    PersonalizedPush,

    /// <summary>排序精选类: sorting and selection.</summary>
    SortingSelection,

    /// <summary>检索过滤类: retrieval and filtering.</summary>
    RetrievalFiltering,

    /// <summary>调度决策类: scheduling and decision-making.</summary>
    SchedulingDecision,
}
