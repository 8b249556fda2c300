namespace AiRegOps.Core.Safety;

/// <summary>What a judgements file adds up to: counts by bank, outcome, risk and topic. Constant size but for topics.</summary>
public sealed class JudgementTally
{
    private const int Banks = 3;
    private const int Outcomes = 4;
    private readonly long[] outcomes = new long[Banks * Outcomes];
    private readonly int[][] perRisk;
    private readonly List<int> topicCounts = [];
    private IReadOnlyList<string> topicNames = [];

    public JudgementTally(int riskCount)
    {
        perRisk = [new int[riskCount], new int[riskCount], new int[riskCount]];
    }

    /// <summary>Judgements read (non-blank lines).</summary>
    public long Judgements { get; private set; }

    /// <summary>Should-not-refuse topics in the order first seen.</summary>
    public IReadOnlyList<string> Topics => topicNames;

    public long Total(SafetyBank bank)
    {
        var sum = 0L;
        for (var o = 0; o < Outcomes; o++)
        {
            sum += outcomes[((int)bank * Outcomes) + o];
        }

        return sum;
    }

    public long Count(SafetyBank bank, SafetyOutcome outcome) => outcomes[((int)bank * Outcomes) + (int)outcome];

    /// <summary>Questions of <paramref name="bank"/> tagged with the risk at <paramref name="riskIndex"/>.</summary>
    public int PerRisk(SafetyBank bank, int riskIndex) => perRisk[(int)bank][riskIndex];

    public int PerTopic(int topicIndex) => topicIndex < topicCounts.Count ? topicCounts[topicIndex] : 0;

    internal void Add(SafetyBank bank, SafetyOutcome outcome, int riskIndex, int topicIndex)
    {
        Judgements++;
        outcomes[((int)bank * Outcomes) + (int)outcome]++;
        if (riskIndex >= 0)
        {
            perRisk[(int)bank][riskIndex]++;
        }

        if (topicIndex >= 0 && bank == SafetyBank.ShouldNotRefuse)
        {
            while (topicCounts.Count <= topicIndex)
            {
                topicCounts.Add(0);
            }

            topicCounts[topicIndex]++;
        }
    }

    internal void SetTopicNames(IReadOnlyList<string> names) => topicNames = names;
}
