using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Attributes;

/// <summary>One reason a service has public-opinion attributes: the criterion met, the feature that met it, the article.</summary>
public sealed record PublicOpinionGround(string Feature, PublicOpinionBasis Basis, string Criterion, SourceCitation Article)
{
    public override string ToString() => $"{Feature}: {Criterion} ({Article.Display})";
}
