namespace AiRegOps.Core.Ethics;

/// <summary>Which ethics review text governs a date.</summary>
public enum EthicsRegime
{
    /// <summary>Before 2023-12-01: only the April 2023 draft existed, and a draft binds nothing.</summary>
    Draft,

    /// <summary>From 2023-12-01: the S&amp;T Ethics Review Measures (Trial), 国科发监〔2023〕167号.</summary>
    Final,
}
