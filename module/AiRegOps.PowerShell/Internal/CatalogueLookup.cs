using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.PowerShell.Internal;

/// <summary>Id matching for the catalogue cmdlets: exact ids (case-insensitive) or wildcard patterns.</summary>
internal static class CatalogueLookup
{
    /// <summary>The items whose key matches any of <paramref name="patterns"/>; the patterns that matched nothing.</summary>
    public static (List<T> Matches, List<string> Unmatched) Match<T>(
        IEnumerable<T> items, IReadOnlyCollection<string> patterns, Func<T, IEnumerable<string?>> keys)
    {
        var wildcards = patterns.ToDictionary(p => p, p => WildcardPattern.Get(p, WildcardOptions.IgnoreCase), StringComparer.Ordinal);
        var hit = new HashSet<string>(StringComparer.Ordinal);
        var matches = new List<T>();
        foreach (var item in items)
        {
            var matched = false;
            foreach (var key in keys(item))
            {
                if (key is null)
                {
                    continue;
                }

                foreach (var (pattern, wildcard) in wildcards)
                {
                    if (wildcard.IsMatch(key))
                    {
                        hit.Add(pattern);
                        matched = true;
                    }
                }
            }

            if (matched)
            {
                matches.Add(item);
            }
        }

        // A pattern with wildcards that matches nothing is not an error, as with Get-ChildItem; an exact id is.
        var unmatched = patterns.Where(p => !hit.Contains(p) && !WildcardPattern.ContainsWildcardCharacters(p)).ToList();
        return (matches, unmatched);
    }

    public static ItemNotFoundException UnknownRegulation(ObligationCatalogue catalogue, string id)
    {
        var suggestion = Suggestions.Closest(id, catalogue.Regulations.Select(r => r.Id));
        var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
        return new ItemNotFoundException(
            $"Unknown regulation '{id}'.{hint} Known regulations: {string.Join(", ", catalogue.Regulations.Select(r => r.Id))}.");
    }

    public static ItemNotFoundException UnknownObligation(ObligationCatalogue catalogue, string id)
    {
        if (catalogue.TryGetRegulation(id, out var regulation))
        {
            return new ItemNotFoundException(
                $"Unknown obligation '{id}': '{regulation.Id}' is a regulation. Use Get-AiObligation -Regulation {regulation.Id}.");
        }

        var candidates = catalogue.Obligations.Select(o => o.Id)
            .Concat(catalogue.Obligations.Where(o => o.SeedRef is not null).Select(o => o.SeedRef!));
        var suggestion = Suggestions.Closest(id, candidates);
        var hint = suggestion is null ? " Run Get-AiObligation to list them." : $" Did you mean '{suggestion}'?";
        return new ItemNotFoundException($"Unknown obligation '{id}'.{hint}");
    }
}
