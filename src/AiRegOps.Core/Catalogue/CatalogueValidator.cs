namespace AiRegOps.Core.Catalogue;

/// <summary>Integrity rules for the catalogue. Owned by the catalogue work; extended as rules are added.</summary>
internal static class CatalogueValidator
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<Regulation> regulations, IReadOnlyList<Obligation> obligations)
    {
        var problems = new List<string>();
        var regulationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var regulation in regulations)
        {
            if (!regulationIds.Add(regulation.Id))
            {
                problems.Add($"regulation '{regulation.Id}' is defined twice");
            }
        }

        var obligationIds = new HashSet<string>(StringComparer.Ordinal);
        var seedRefs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var obligation in obligations)
        {
            if (!obligationIds.Add(obligation.Id))
            {
                problems.Add($"obligation '{obligation.Id}' is defined twice");
            }

            if (obligation.SeedRef is { } seedRef && !seedRefs.Add(seedRef))
            {
                problems.Add($"obligation '{obligation.Id}': seedRef '{seedRef}' is used twice");
            }

            foreach (var source in obligation.Sources)
            {
                if (!regulationIds.Contains(source.RegulationId))
                {
                    problems.Add($"obligation '{obligation.Id}': source names unknown regulation '{source.RegulationId}'");
                }
            }

            foreach (var rule in obligation.Deadlines)
            {
                if (!regulationIds.Contains(rule.RegulationId))
                {
                    problems.Add($"obligation '{obligation.Id}': deadline rule names unknown regulation '{rule.RegulationId}'");
                }
            }
        }

        return problems;
    }
}
