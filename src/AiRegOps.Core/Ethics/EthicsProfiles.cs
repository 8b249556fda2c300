using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Ethics;

/// <summary>
/// Feeds recorded registrations to the scheduler: merges them into a profile's <see cref="EthicsRecords"/>, which the
/// scheduler turns into ethics events. Records already in the profile win; nothing is duplicated.
/// </summary>
public static class EthicsProfiles
{
    public static ServiceProfile Apply(ServiceProfile profile, IEnumerable<EthicsRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(registrations);
        var ethics = profile.Ethics;
        var activities = ethics.Activities.ToList();
        var changed = false;
        foreach (var r in registrations.Where(r => r.AppliesTo(profile.Name)).OrderBy(r => r.Date))
        {
            if (r.Kind == EthicsRegistrationKind.Committee)
            {
                if (ethics.CommitteeEstablishedOn is null)
                {
                    ethics = ethics with { CommitteeEstablishedOn = r.Date, CommitteeRegisteredOn = ethics.CommitteeRegisteredOn ?? r.RegisteredOn };
                    changed = true;
                }
            }
            else if (!activities.Any(a => a.Name == r.Name && a.ApprovedOn == r.Date))
            {
                activities.Add(new EthicsActivity { Name = r.Name, ApprovedOn = r.Date, OnExpertReviewList = r.OnExpertReviewList, RegisteredOn = r.RegisteredOn });
                changed = true;
            }
        }

        return changed ? profile with { Ethics = ethics with { Activities = activities } } : profile;
    }

    /// <summary>The scheduler events of the registrations that concern <paramref name="service"/>.</summary>
    public static IReadOnlyList<ServiceEvent> Events(string service, IEnumerable<EthicsRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        return registrations.Where(r => r.AppliesTo(service)).Select(r => new ServiceEvent
        {
            Type = r.Kind == EthicsRegistrationKind.Committee ? ServiceEventType.EthicsCommitteeEstablished : ServiceEventType.EthicsApprovalObtained,
            Date = r.Date,
            Subject = r.Name,
            ExpertReviewList = r.OnExpertReviewList,
        }).ToList();
    }
}
