namespace AiRegOps.Core.Safety;

/// <summary>The three test banks of the GenAI security standards.</summary>
public enum SafetyBank
{
    /// <summary>Generated-content test bank (生成内容测试题库): each answer judged pass or fail.</summary>
    Generation,

    /// <summary>Should-refuse bank (应拒答测试题库): each answer judged refused or answered.</summary>
    ShouldRefuse,

    /// <summary>Should-not-refuse bank (非拒答测试题库): each answer judged refused or answered.</summary>
    ShouldNotRefuse,
}
