using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Attributes;

/// <summary>
/// Whether a service has "public-opinion attributes or social mobilisation capability" under SA2018 Art. 2:
/// (1) it runs a forum, blog, microblog, chat room, communication group, public account, short video, live streaming,
/// information sharing or mini-program service, or adds such a function; (2) it otherwise gives the public a channel to
/// express opinions or can mobilise the public to specific activities. ARR Art. 24, DSP Art. 19 and GAIM Art. 17 hang
/// filing and assessment on this test.
/// </summary>
public static class PublicOpinionTest
{
    private static SourceCitation NamedServiceArticle => ObligationCatalogue.Default.Citation("sa-security-assessment", "named-services");

    private static SourceCitation OtherChannelArticle => ObligationCatalogue.Default.Citation("sa-security-assessment", "other-channels");

    public static PublicOpinionResult Evaluate(ServiceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Evaluate(profile.Features) with { Service = profile.Name };
    }

    /// <exception cref="UnknownFeatureException">A feature is not in <see cref="FeatureVocabulary"/>.</exception>
    public static PublicOpinionResult Evaluate(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        List<PublicOpinionGround>? grounds = null;
        List<string>? withoutChannel = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!seen.Add(feature))
            {
                continue;
            }

            var definition = FeatureVocabulary.Get(feature);
            if (definition.Basis == PublicOpinionBasis.None)
            {
                (withoutChannel ??= []).Add(feature);
                continue;
            }

            (grounds ??= []).Add(GroundFor(definition));
        }

        return new PublicOpinionResult
        {
            HasPublicOpinionAttributes = grounds is not null,
            Grounds = grounds ?? [],
            FeaturesWithoutChannel = withoutChannel ?? [],
        };
    }

    private static PublicOpinionGround GroundFor(FeatureDefinition definition) => definition.Basis switch
    {
        PublicOpinionBasis.NamedService => new(definition.Id, definition.Basis,
            $"named in {NamedServiceArticle.Display} ({definition.NameZh})", NamedServiceArticle),
        PublicOpinionBasis.ExpressionChannel => new(definition.Id, definition.Basis,
            $"a channel for the public to express opinions ({OtherChannelArticle.Display})", OtherChannelArticle),
        PublicOpinionBasis.Mobilisation => new(definition.Id, definition.Basis,
            $"able to mobilise the public to specific activities ({OtherChannelArticle.Display})", OtherChannelArticle),
        _ => throw new InvalidOperationException($"Feature '{definition.Id}' has no public-opinion basis."),
    };
}
