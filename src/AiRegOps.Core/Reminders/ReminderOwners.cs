using System.Text.RegularExpressions;

namespace AiRegOps.Core.Reminders;

/// <summary>Splits profile owners into assignable GitHub users and teams (teams cannot be assigned to issues).</summary>
public static partial class ReminderOwners
{
    /// <summary>GitHub allows at most 10 assignees on an issue.</summary>
    public const int MaxAssignees = 10;

    /// <summary>Valid user logins, without "@", in profile order, de-duplicated (case-insensitively) and capped.</summary>
    public static IReadOnlyList<string> Assignees(IEnumerable<string> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var result = new List<string>();
        foreach (var owner in owners)
        {
            var login = Trim(owner);
            if (login.Length > 0 && Login().IsMatch(login) && !result.Contains(login, StringComparer.OrdinalIgnoreCase) && result.Count < MaxAssignees)
            {
                result.Add(login);
            }
        }

        return result;
    }

    /// <summary>Owners that are not assignable users ("org/team", or text that is not a login), for the body.</summary>
    public static IReadOnlyList<string> Others(IEnumerable<string> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        return owners.Select(Trim).Where(o => o.Length > 0 && !Login().IsMatch(o)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string Trim(string? owner) => (owner ?? string.Empty).Trim().TrimStart('@');

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", RegexOptions.CultureInvariant)]
    private static partial Regex Login();
}
