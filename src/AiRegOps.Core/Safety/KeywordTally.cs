namespace AiRegOps.Core.Safety;

/// <summary>What a keyword library adds up to: distinct keywords overall and per risk.</summary>
public sealed class KeywordTally(int riskCount)
{
    private readonly int[] perRisk = new int[riskCount];

    /// <summary>Distinct keywords (a keyword listed under two risks counts once here).</summary>
    public int Distinct { get; internal set; }

    /// <summary>Rows that repeat a keyword under the same risk; not counted twice.</summary>
    public int RepeatedRows { get; internal set; }

    public int PerRisk(int riskIndex) => perRisk[riskIndex];

    internal void AddToRisk(int riskIndex) => perRisk[riskIndex]++;
}
