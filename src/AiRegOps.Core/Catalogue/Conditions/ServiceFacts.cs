using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>
/// A service's facts as one bit mask per fact (flags use bit 0), so a compiled condition tests them without
/// allocating. Features added by a <c>function-added</c> event count only from that event's date: the facts are those
/// of one day.
/// </summary>
public static class ServiceFacts
{
    public const int Count = 13;

    /// <summary>Fills <paramref name="facts"/> (length <see cref="Count"/>) with the facts of <paramref name="profile"/> on <paramref name="on"/>.</summary>
    public static void Fill(ServiceProfile profile, DateOnly on, bool hasPublicOpinion, Span<ulong> facts)
    {
        ArgumentNullException.ThrowIfNull(profile);
        facts.Clear();
        foreach (var role in profile.Provider.Roles)
        {
            facts[Facts.Roles] |= 1UL << (int)role;
        }

        facts[Facts.OfferedInPrc] = profile.OfferedInPrc ? 1UL : 0;
        facts[Facts.PublicInPrc] = profile.PublicInPrc ? 1UL : 0;
        facts[Facts.PublicOpinion] = hasPublicOpinion ? 1UL : 0;
        var technologies = profile.Technologies;
        for (var t = 0; t < 3; t++)
        {
            if (technologies.Uses((Technology)t))
            {
                facts[Facts.Technologies] |= 1UL << t;
            }
        }

        foreach (var type in technologies.Algorithms)
        {
            facts[Facts.AlgorithmTypes] |= 1UL << (int)type;
        }

        if (technologies.DeepSynthesis.Count > 0 || technologies.GenerativeAi)
        {
            facts[Facts.AlgorithmTypes] |= 1UL << (int)AlgorithmType.GenerationSynthesis;
        }

        foreach (var useCase in technologies.DeepSynthesis)
        {
            facts[Facts.DeepSynthesis] |= 1UL << (int)useCase;
        }

        facts[Facts.Features] = FeatureMask(profile.Features, profile, on);
        foreach (var audience in profile.Audiences)
        {
            facts[Facts.Audiences] |= 1UL << (int)audience;
        }

        facts[Facts.BiometricEditing] = profile.BiometricEditing ? 1UL : 0;
        facts[Facts.NewsService] = profile.NewsService ? 1UL : 0;
        facts[Facts.UnlabelledContentOnRequest] = profile.UnlabelledContentOnRequest ? 1UL : 0;
        facts[Facts.CallsFiledModel] = profile.GenerativeAiModel is not null ? 1UL : 0;
    }

    /// <summary>The features the service offered on <paramref name="on"/>: a feature added by a later event is left out.</summary>
    public static ulong FeatureMask(IReadOnlyList<string> features, ServiceProfile profile, DateOnly on)
    {
        var fact = Facts.All[Facts.Features];
        var mask = 0UL;
        foreach (var feature in features)
        {
            var bit = fact.BitOf(feature);
            if (bit >= 0 && !AddedAfter(profile, feature, on))
            {
                mask |= 1UL << bit;
            }
        }

        return mask;
    }

    /// <summary>Whether <paramref name="features"/> (as a mask) include a public-opinion channel (SA2018 Art. 2).</summary>
    public static bool HasPublicChannel(ulong features)
    {
        var all = FeatureVocabulary.All;
        for (var i = 0; i < all.Count; i++)
        {
            if ((features & (1UL << i)) != 0 && all[i].Basis != PublicOpinionBasis.None)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AddedAfter(ServiceProfile profile, string feature, DateOnly on)
    {
        var events = profile.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type == ServiceEventType.FunctionAdded && e.Date > on && string.Equals(e.Feature, feature, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
