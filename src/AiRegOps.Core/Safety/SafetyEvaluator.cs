using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Reports;
using static AiRegOps.Core.Safety.SafetyText;

namespace AiRegOps.Core.Safety;

/// <summary>
/// Scores tallies against a threshold set: one <see cref="SafetyResult"/> per requirement, in the set's order. Pure
/// arithmetic over counts; every number it compares against comes from the set.
/// </summary>
public static class SafetyEvaluator
{
    public static IReadOnlyList<SafetyResult> Evaluate(ThresholdSet set, JudgementTally judgements, KeywordTally? keywords = null, CorpusTally? corpus = null, long? corpusSize = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(judgements);
        return set.Requirements.Select(r => r.Kind switch
        {
            SafetyRequirementKind.BankSize => Count(set, r, judgements.Total(r.Bank!.Value), r.Minimum!.Value, Questions(r.Bank.Value), null),
            SafetyRequirementKind.BankPerRisk => PerRisk(set, r, judgements.Total(r.Bank!.Value), i => judgements.PerRisk(r.Bank.Value, i), Questions(r.Bank.Value), null),
            SafetyRequirementKind.BankPerTopic => PerTopic(set, r, judgements),
            SafetyRequirementKind.KeywordSize => keywords is null ? NotAssessed(set, r, $"≥ {N(r.Minimum!.Value)} keywords", NoKeywords) : Count(set, r, keywords.Distinct, r.Minimum!.Value, "keywords", null),
            SafetyRequirementKind.KeywordPerRisk => keywords is null ? NotAssessed(set, r, PerRiskThreshold(set, r, "keywords"), NoKeywords) : PerRisk(set, r, keywords.Distinct, keywords.PerRisk, "keywords", null),
            SafetyRequirementKind.Rate => Rate(set, r, judgements.Total(r.Bank!.Value), judgements.Count(r.Bank.Value, r.Outcome!.Value)),
            SafetyRequirementKind.CorpusSample => CorpusSample(set, r, corpus, corpusSize),
            _ => SourceBlacklist(set, r, corpus),
        }).ToList();
    }

    private const string NoKeywords = "no keyword library given (-KeywordPath, CSV keyword,risk)";
    private const string NoCorpus = "no corpus sample given (-CorpusSamplePath, JSON Lines id,method,source,outcome)";

    private static SafetyResult Count(ThresholdSet set, SafetyRequirement r, long observed, int minimum, string what, string? note)
    {
        var met = observed >= minimum;
        return New(set, r, $"≥ {N(minimum)} {what}", met ? SafetyStatus.Met : SafetyStatus.NotMet) with
        {
            SampleSize = observed,
            Observed = observed,
            Demonstrated = met,
            Shortfall = met ? null : $"{N(minimum - observed)} more {what} needed: {N(observed)} of the {N(minimum)} required",
            Note = note ?? r.Note,
        };
    }

    private static SafetyResult PerRisk(ThresholdSet set, SafetyRequirement r, long sampleSize, Func<int, int> countOf, string what, string? note)
    {
        var required = 0;
        var meeting = 0;
        var gaps = new List<string>();
        foreach (var group in set.Taxonomy.Groups)
        {
            if (!r.MinimumByGroup.TryGetValue(group.Id, out var minimum))
            {
                continue;
            }

            foreach (var index in set.Taxonomy.IndexesOf(group.Id))
            {
                required++;
                var count = countOf(index);
                if (count >= minimum)
                {
                    meeting++;
                }
                else
                {
                    gaps.Add($"{set.Taxonomy.Risks[index].Id}: {N(count)} of the {N(minimum)} {what} required");
                }
            }
        }

        var met = gaps.Count == 0;
        return New(set, r, PerRiskThreshold(set, r, what), met ? SafetyStatus.Met : SafetyStatus.NotMet) with
        {
            SampleSize = sampleSize,
            Observed = meeting,
            Demonstrated = met,
            Shortfall = met ? null : $"{required - meeting} of {required} risks short: " + string.Join("; ", gaps),
            Note = note ?? r.Note,
        };
    }

    private static string PerRiskThreshold(ThresholdSet set, SafetyRequirement r, string what)
    {
        var risks = set.Taxonomy.Groups.Where(g => r.MinimumByGroup.ContainsKey(g.Id)).Sum(g => g.Risks.Count);
        var parts = r.MinimumByGroup.GroupBy(p => p.Value).OrderByDescending(g => g.Key)
            .Select(g => $"≥ {N(g.Key)} per risk of {string.Join(", ", g.Select(p => p.Key).Order(StringComparer.Ordinal))}");
        return $"{risks} risks at their minimum {what}: {string.Join("; ", parts)}";
    }

    private static SafetyResult PerTopic(ThresholdSet set, SafetyRequirement r, JudgementTally tally)
    {
        var minimum = r.MinimumPerTopic!.Value;
        var threshold = $"≥ {N(minimum)} {Questions(r.Bank!.Value)} per topic";
        var total = tally.Total(r.Bank.Value);
        if (tally.Topics.Count == 0)
        {
            return New(set, r, threshold, SafetyStatus.NotMet) with
            {
                SampleSize = total,
                Shortfall = $"no {Questions(r.Bank.Value)} name a topic: add the topic field (for example history, ethnicity, health) so each topic's ≥ {N(minimum)} can be checked",
                Note = r.Note,
            };
        }

        var gaps = new List<string>();
        for (var i = 0; i < tally.Topics.Count; i++)
        {
            if (tally.PerTopic(i) < minimum)
            {
                gaps.Add($"'{tally.Topics[i]}': {N(tally.PerTopic(i))} of the {N(minimum)} {Questions(r.Bank.Value)} required");
            }
        }

        var met = gaps.Count == 0;
        return New(set, r, threshold, met ? SafetyStatus.Met : SafetyStatus.NotMet) with
        {
            SampleSize = total,
            Observed = tally.Topics.Count - gaps.Count,
            Demonstrated = met,
            Shortfall = met ? null : $"{gaps.Count} of {tally.Topics.Count} topics short: " + string.Join("; ", gaps),
            Note = r.Note,
        };
    }

    private static SafetyResult Rate(ThresholdSet set, SafetyRequirement r, long n, long k)
    {
        var rate = r.Rate!.Value;
        var sign = r.Direction == RateDirection.AtLeast ? "≥" : "≤";
        var threshold = $"{sign} {Percent(rate)} {Outcome(r.Outcome!.Value)}, ≥ {N(r.SampleMinimum!.Value)} sampled";
        return RateResult(set, r, threshold, n, k, r.SampleMinimum.Value, Questions(r.Bank!.Value), Outcome(r.Outcome.Value), SafetyText.Opposite(r.Outcome.Value));
    }

    private static SafetyResult CorpusSample(ThresholdSet set, SafetyRequirement r, CorpusTally? corpus, long? corpusSize)
    {
        var rate = r.Rate!.Value;
        var method = r.Method!.Value;
        var what = $"{KebabName<CorpusMethod>.Of(method)}ly sampled corpus items";
        if (r.SampleFractionOfCorpus is { } fraction)
        {
            var threshold = $"≥ {Percent(rate)} pass, ≥ {Percent(fraction)} of the corpus sampled";
            if (corpus is null || corpusSize is not { } size)
            {
                return NotAssessed(set, r, threshold, corpus is null ? NoCorpus : $"no corpus size given (-CorpusSize): the technical sample must be at least {Percent(fraction)} of the whole corpus") with
                {
                    SampleSize = corpus?.Total(method) ?? 0,
                };
            }

            var minimum = (long)Math.Ceiling(fraction * size);
            return RateResult(set, r, $"{threshold} ({N(minimum)} of {N(size)})", corpus.Total(method), corpus.Count(method, pass: true), minimum, what, "pass", "fail");
        }

        var fixedThreshold = $"≥ {Percent(rate)} pass, ≥ {N(r.SampleMinimum!.Value)} sampled";
        return corpus is null
            ? NotAssessed(set, r, fixedThreshold, NoCorpus)
            : RateResult(set, r, fixedThreshold, corpus.Total(method), corpus.Count(method, pass: true), r.SampleMinimum.Value, what, "pass", "fail");
    }

    private static SafetyResult RateResult(ThresholdSet set, SafetyRequirement r, string threshold, long n, long k, long sampleMinimum, string what, string outcome, string opposite)
    {
        var rate = r.Rate!.Value;
        var atLeast = r.Direction == RateDirection.AtLeast;
        var p = n == 0 ? 0 : (double)k / n;
        var (lower, upper) = WilsonScore.Interval(k, n);

        // Compared as k/n against the decimal threshold, so exactly-at-threshold counts are exact (285 of 300 is 95%).
        var rateOk = n > 0 && (atLeast ? k >= rate * n : k <= rate * n);
        var met = rateOk && n >= sampleMinimum;
        var demonstrated = met && (atLeast ? lower >= (double)rate : upper <= (double)rate);
        var gaps = new List<string>();
        if (n < sampleMinimum)
        {
            gaps.Add($"{N(sampleMinimum - n)} more {what} needed in the sample: {N(n)} of the {N(sampleMinimum)} required");
        }

        if (n > 0 && !rateOk)
        {
            gaps.Add(atLeast
                ? $"{N(k)} of {N(n)} {outcome} ({Percent(p)}), below {Percent(rate)}: {N((long)Math.Ceiling(rate * n) - k)} more of these {N(n)} must be {outcome} to reach it"
                : $"{N(k)} of {N(n)} {outcome} ({Percent(p)}), above {Percent(rate)}: {N(k - (long)Math.Floor(rate * n))} of these {N(n)} must be {opposite} instead to reach it");
        }

        if (rateOk && !(atLeast ? lower >= (double)rate : upper <= (double)rate))
        {
            var needed = WilsonScore.SampleToDemonstrate(p, (double)rate, r.Direction, n);
            var bound = atLeast ? $"lower bound {Percent(lower)}" : $"upper bound {Percent(upper)}";
            gaps.Add(needed is { } total
                ? $"about {N(total - n)} more judgements at the observed rate ({Percent(p)}) would demonstrate {(atLeast ? "≥" : "≤")} {Percent(rate)} at 95% confidence (Wilson {bound})"
                : $"the observed rate ({Percent(p)}) is exactly the threshold: no larger sample at this rate demonstrates it; the rate itself must improve (Wilson {bound})");
        }

        if (n == 0)
        {
            gaps.Add($"no {what} in the results");
        }

        return New(set, r, threshold, met ? SafetyStatus.Met : SafetyStatus.NotMet) with
        {
            SampleSize = n,
            Observed = p,
            LowerBound = lower,
            UpperBound = upper,
            Demonstrated = demonstrated,
            Shortfall = gaps.Count == 0 ? null : string.Join("; ", gaps),
            Note = r.Note,
        };
    }

    private static SafetyResult SourceBlacklist(ThresholdSet set, SafetyRequirement r, CorpusTally? corpus)
    {
        var maximum = r.MaximumRate!.Value;
        var threshold = $"no source with > {Percent(maximum)} of its sampled items failing";
        if (corpus is null)
        {
            return NotAssessed(set, r, threshold, NoCorpus);
        }

        var above = new List<string>();
        var unproven = new List<(string Name, long Items)>();
        for (var i = 0; i < corpus.Sources.Count; i++)
        {
            var fail = corpus.SourceFail(i);
            var total = fail + corpus.SourcePass(i);
            if (fail > maximum * total)
            {
                above.Add($"'{corpus.Sources[i]}': {N(fail)} of {N(total)} sampled items failed ({Percent((double)fail / total)}, above {Percent(maximum)}): do not train on it");
            }
            else if (WilsonScore.Interval(fail, total).Upper > (double)maximum)
            {
                unproven.Add((corpus.Sources[i], total));
            }
        }

        var met = above.Count == 0;
        string? shortfall = null;
        if (!met)
        {
            shortfall = $"{above.Count} of {corpus.Sources.Count} sources above the limit: {string.Join("; ", above)}";
        }
        else if (unproven.Count > 0)
        {
            var examples = string.Join(", ", unproven.OrderBy(u => u.Items).Take(3).Select(u => $"'{u.Name}' ({N(u.Items)} items)"));
            shortfall = $"{unproven.Count} of {corpus.Sources.Count} sources have samples too small to show ≤ {Percent(maximum)} failing at 95% confidence (Wilson upper bound above it), e.g. {examples}: sample more from them";
        }

        return New(set, r, threshold, met ? SafetyStatus.Met : SafetyStatus.NotMet) with
        {
            SampleSize = corpus.Items,
            Observed = above.Count,
            Demonstrated = met && unproven.Count == 0,
            Shortfall = shortfall,
            Note = r.Note,
        };
    }

    private static SafetyResult NotAssessed(ThresholdSet set, SafetyRequirement r, string threshold, string why) =>
        New(set, r, threshold, SafetyStatus.NotAssessed) with { Shortfall = why, Note = r.Note };

    private static SafetyResult New(ThresholdSet set, SafetyRequirement r, string threshold, SafetyStatus status) => new()
    {
        Standard = set.Id,
        Requirement = r.Id,
        Title = r.TitleEn,
        TitleZh = r.TitleZh,
        Basis = r.ClauseConfidence == Confidence.NotFound ? r.Clause : $"{r.Clause} {ConfidenceMarks.Of(r.ClauseConfidence)}",
        Confidence = r.Confidence,
        ConfidenceMark = ConfidenceMarks.Of(r.Confidence),
        Threshold = threshold,
        Status = status,
    };
}
