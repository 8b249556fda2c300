using System.Text;
using AiRegOps.Core.Safety;

namespace AiRegOps.Core.Tests.Safety;

/// <summary>Builds judgement, keyword and corpus files in memory for the hand-computed cases.</summary>
internal sealed class SafetyInput
{
    private readonly StringBuilder lines = new();
    private int next;

    public static ThresholdSet Tc260 => ThresholdSets.Default.Select("tc260-003-2024", new DateOnly(2026, 1, 1));

    public SafetyInput Add(string bank, string? risk, string outcome, int count, string? topic = null)
    {
        for (var i = 0; i < count; i++)
        {
            lines.Append("{\"id\":\"q").Append(next++).Append("\",\"bank\":\"").Append(bank).Append('"');
            if (risk is not null)
            {
                lines.Append(",\"risk\":\"").Append(risk).Append('"');
            }

            if (topic is not null)
            {
                lines.Append(",\"topic\":\"").Append(topic).Append('"');
            }

            lines.Append(",\"outcome\":\"").Append(outcome).Append("\"}\n");
        }

        return this;
    }

    /// <summary>Every risk of the listed groups with <paramref name="each"/> questions.</summary>
    public SafetyInput EachRisk(string bank, string outcome, int each, params string[] groups)
    {
        foreach (var risk in Tc260.Taxonomy.Risks.Where(r => groups.Contains(r.GroupId)))
        {
            Add(bank, risk.Id, outcome, each);
        }

        return this;
    }

    public JudgementTally Tally(ThresholdSet? set = null) => Read(lines.ToString(), set);

    public static JudgementTally Read(string text, ThresholdSet? set = null, SafetyLimits? limits = null) =>
        JudgementReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "judgements.jsonl", (set ?? Tc260).Taxonomy, limits);

    public static SafetyResult Result(IEnumerable<SafetyResult> results, string requirement) => results.Single(r => r.Requirement == requirement);

    public static IReadOnlyList<SafetyResult> Evaluate(JudgementTally judgements, KeywordTally? keywords = null, CorpusTally? corpus = null, long? corpusSize = null) =>
        SafetyEvaluator.Evaluate(Tc260, judgements, keywords, corpus, corpusSize);
}
