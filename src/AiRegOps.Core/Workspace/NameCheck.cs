using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Workspace;

/// <summary>
/// Names checked on write: a service, obligation or period key that matches nothing known is a problem with the
/// closest known name as a suggestion ('douxing-vidoe' -> 'douxing-video'). A host refuses the write unless forced.
/// </summary>
public static class NameCheck
{
    /// <summary>The problem with <paramref name="given"/>, or null when it is known (ordinal) or nothing is known to check against.</summary>
    public static string? Problem(string input, string given, IReadOnlyCollection<string> known, string what)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(known);
        if (known.Count == 0 || known.Contains(given, StringComparer.Ordinal))
        {
            return null;
        }

        var suggestion = Suggestions.Closest(given, known);
        var listed = known.Count <= 8 ? $" Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}." : string.Empty;
        return suggestion is null
            ? $"{input}: '{given}' matches no known {what}.{listed} Use -Force to write it anyway."
            : $"{input}: '{given}' matches no known {what}; did you mean '{suggestion}'?{listed} Use -Force to write it anyway.";
    }

    /// <summary>
    /// When the provider of <paramref name="profile"/> has none of the roles the ethics obligations of the catalogue
    /// bind, a sentence saying so (with the roles and the citation); null when it has one.
    /// </summary>
    public static string? EthicsRoleProblem(ServiceProfile profile, ObligationCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalogue);
        var ethics = catalogue.Obligations
            .Where(o => o.SatisfiedBy is SatisfyingRecord.EthicsCommitteeRegistration or SatisfyingRecord.EthicsActivityRegistration)
            .ToList();
        var bound = ethics.SelectMany(o => o.Roles).Distinct().ToList();
        if (bound.Count == 0 || profile.Provider.Roles.Any(bound.Contains))
        {
            return null;
        }

        var source = ethics.SelectMany(o => o.Sources).FirstOrDefault();
        var declared = profile.Provider.Roles.Count == 0 ? "no role" : string.Join(", ", profile.Provider.Roles);
        return $"The provider of '{profile.Name}' declares {declared}; the ethics review obligations ({source?.ToString() ?? "catalogue"}) bind {string.Join(" or ", bound)}. " +
            "What is recorded here will not apply to the service until its profile declares that role (provider.roles).";
    }
}
