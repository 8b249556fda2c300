using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.Core.Watch;

/// <summary>
/// Turns the difference between two versions of a profile file into the events the law attaches to them. What the
/// file says about the past (its own events, filings) is not diffed: only what the service now is.
/// </summary>
public static class ProfileDiff
{
    /// <summary>
    /// The events between <paramref name="before"/> and <paramref name="after"/>, dated <paramref name="on"/> (the day in
    /// China the change was seen):
    /// a new feature with public-opinion attributes is a function added (SA2018 Art. 3(1)); a new algorithm type,
    /// deep-synthesis use case or generative AI is a material technical change (SA2018 Art. 3(2)); a change to what a
    /// filed service filed is a filing-information change (ARR Art. 24(2)); a service gone from the file is terminated
    /// (ARR Art. 24(3)). A service new to the file has no event: its launch date starts its deadlines.
    /// </summary>
    public static IReadOnlyList<ProfileChange> Compare(IReadOnlyList<ServiceProfile> before, IReadOnlyList<ServiceProfile> after, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ProfileChange>();
        var now = after.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var old in before)
        {
            if (!now.TryGetValue(old.Name, out var current))
            {
                changes.Add(new ProfileChange(old.Name, new ServiceEvent
                {
                    Type = ServiceEventType.ServiceTerminated,
                    Date = on,
                    Note = "The service was removed from its airegops.yml.",
                }));
                continue;
            }

            changes.AddRange(Compare(old, current, on));
        }

        return changes;
    }

    /// <summary>The events between two versions of one service's profile.</summary>
    public static IEnumerable<ProfileChange> Compare(ServiceProfile before, ServiceProfile after, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var feature in after.Features.Except(before.Features, StringComparer.Ordinal))
        {
            if (FeatureVocabulary.TryGet(feature, out var definition) && definition.Basis != PublicOpinionBasis.None)
            {
                yield return new ProfileChange(after.Name, new ServiceEvent
                {
                    Type = ServiceEventType.FunctionAdded,
                    Date = on,
                    Feature = feature,
                    Note = $"Feature '{feature}' ({definition.NameZh}) was added to the profile.",
                });
            }
        }

        var technology = NewTechnology(before.Technologies, after.Technologies);
        if (technology.Count > 0)
        {
            yield return new ProfileChange(after.Name, new ServiceEvent
            {
                Type = ServiceEventType.MaterialTechnicalChange,
                Date = on,
                Note = $"New technology in the profile: {string.Join(", ", technology)}.",
            });
        }

        // Only a service that has filed has filed information to change.
        if (before.Filings.Count > 0)
        {
            var changed = FilingFieldsChanged(before, after);
            if (changed.Count > 0)
            {
                yield return new ProfileChange(after.Name, new ServiceEvent
                {
                    Type = ServiceEventType.FilingInformationChanged,
                    Date = on,
                    Note = $"Filed information changed in the profile: {string.Join(", ", changed)}.",
                });
            }
        }
    }

    private static List<string> NewTechnology(ServiceTechnologies before, ServiceTechnologies after)
    {
        var added = new List<string>();
        added.AddRange(after.EffectiveAlgorithmTypes.Except(before.EffectiveAlgorithmTypes).Select(a => $"algorithm {ProfileVocabulary.Algorithms.ToName(a)}"));
        added.AddRange(after.DeepSynthesis.Except(before.DeepSynthesis).Select(d => $"deep synthesis {ProfileVocabulary.DeepSynthesis.ToName(d)}"));
        if (after.GenerativeAi && !before.GenerativeAi)
        {
            added.Add("generative AI");
        }

        return added;
    }

    /// <summary>The fields of ARR Art. 24(1) filing the profile records: who provides it, what it is, how, for whom.</summary>
    private static List<string> FilingFieldsChanged(ServiceProfile before, ServiceProfile after)
    {
        var changed = new List<string>();
        Check("provider name", before.Provider.Name, after.Provider.Name);
        Check("provider credit code", before.Provider.CreditCode, after.Provider.CreditCode);
        Check("display name", before.DisplayName, after.DisplayName);
        Check("description", before.Description, after.Description);
        CheckSet("algorithm types", before.Technologies.EffectiveAlgorithmTypes, after.Technologies.EffectiveAlgorithmTypes);
        CheckSet("deep synthesis use cases", before.Technologies.DeepSynthesis, after.Technologies.DeepSynthesis);
        CheckSet("features", before.Features, after.Features);
        CheckSet("audiences", before.Audiences, after.Audiences);
        return changed;

        void Check(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changed.Add(field);
            }
        }

        void CheckSet<T>(string field, IEnumerable<T> a, IEnumerable<T> b)
        {
            if (!a.ToHashSet().SetEquals(b))
            {
                changed.Add(field);
            }
        }
    }
}
