using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Workspace;

/// <summary>Puts recorded events into a profile so the scheduler sees them beside the profile's own.</summary>
public static class ServiceEventMerger
{
    /// <summary>
    /// The profile with <paramref name="recorded"/> added to its events. An event equal in type, date and subject (or
    /// feature) to one already there is left out: a team that later writes the watcher's event into airegops.yml must
    /// not trigger the same deadline twice.
    /// </summary>
    public static ServiceProfile Merge(ServiceProfile profile, IEnumerable<ServiceEvent> recorded)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(recorded);
        var events = new List<ServiceEvent>(profile.Events);
        var seen = new HashSet<(ServiceEventType, DateOnly, string)>(events.Select(Key));
        var added = false;
        foreach (var e in recorded)
        {
            if (seen.Add(Key(e)))
            {
                events.Add(e);
                added = true;
            }
        }

        if (!added)
        {
            return profile;
        }

        events.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return profile with { Events = events };
    }

    private static (ServiceEventType, DateOnly, string) Key(ServiceEvent e) => (e.Type, e.Date, e.Subject ?? e.Feature ?? string.Empty);
}
