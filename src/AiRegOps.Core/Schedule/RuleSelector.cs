using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Picks, for each deadline shape of an obligation, the one rule that governs on a date. The catalogue states the same
/// deadline once per instrument that imposes it (ARR Art. 24 directly, DSP Art. 19 and GAIM Art. 17 by reference);
/// a service owes it once, so the first instrument in force wins, then the first not yet in force. Draft rules never
/// govern, except advisory rules, which are shown as advice whatever their instrument's status.
/// </summary>
internal static class RuleSelector
{
    public static IReadOnlyList<GoverningRule> Select(ObligationCatalogue catalogue, Obligation obligation, DateOnly asOf)
    {
        if (obligation.Deadlines.Count == 0)
        {
            return [];
        }

        var chosen = new List<GoverningRule>();
        var shapes = new List<DeadlineRule>();
        foreach (var rule in obligation.Deadlines)
        {
            if (shapes.Exists(shape => SameShape(shape, rule)))
            {
                continue;
            }

            shapes.Add(rule);
            var candidates = obligation.Deadlines.Where(r => SameShape(r, rule))
                .Select(r => new GoverningRule(r, catalogue.GetRegulation(r.RegulationId)))
                .ToList();
            var governing = candidates.FirstOrDefault(c => c.Regulation.IsBindingOn(asOf))
                ?? candidates.FirstOrDefault(c => c.Regulation.IsUpcomingOn(asOf))
                ?? candidates.FirstOrDefault(c => c.Rule.IsAdvisory);
            if (governing is not null)
            {
                chosen.Add(governing);
            }
        }

        return chosen;
    }

    private static bool SameShape(DeadlineRule a, DeadlineRule b) =>
        a.Kind == b.Kind
        && a.IsAdvisory == b.IsAdvisory
        && a.ExpertReviewListOnly == b.ExpertReviewListOnly
        && a.Month == b.Month
        && a.Day == b.Day
        && a.Events.SequenceEqual(b.Events)
        && (a.Amount == b.Amount || a.Kind == DeadlineRuleKind.EveryMonthsAfterEvent);
}
