using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Completion records are typed by hand or come from other tools; one that names an unknown obligation or a period
/// that never occurs would otherwise be ignored in silence, leaving an item overdue that the user thinks is done.
/// </summary>
internal static class CompletionChecks
{
    public static IReadOnlyList<string> Check(ObligationCatalogue catalogue, ScheduleContext context, IReadOnlyList<ScheduleItem> items)
    {
        List<string>? warnings = null;
        HashSet<(string, string)>? keys = null;
        var completions = context.AllCompletions;
        for (var i = 0; i < completions.Count; i++)
        {
            var record = completions[i];
            if (!catalogue.TryGetObligation(record.ObligationId, out var obligation))
            {
                var suggestion = Suggestions.Closest(record.ObligationId, catalogue.Obligations.Select(o => o.Id));
                (warnings ??= []).Add(
                    $"{context.Profile.Name}: a completion record names unknown obligation '{record.ObligationId}'" +
                    (suggestion is null ? "." : $". Did you mean '{suggestion}'?"));
                continue;
            }

            if (record.Period is null)
            {
                continue;
            }

            keys ??= items.Select(i => (i.ObligationId, i.PeriodKey)).ToHashSet();
            if (!keys.Contains((obligation.Id, record.Period)))
            {
                var known = items.Where(i => i.ObligationId == obligation.Id && i.Status != ScheduleStatus.NotApplicable)
                    .Select(i => i.PeriodKey).ToList();
                (warnings ??= []).Add(
                    $"{context.Profile.Name}: the completion record of '{obligation.Id}' for period '{record.Period}' matches no occurrence" +
                    (known.Count == 0 ? " (the obligation has none for this service)." : $"; its periods are: {string.Join(", ", known)}."));
            }
        }

        return warnings ?? [];
    }
}
