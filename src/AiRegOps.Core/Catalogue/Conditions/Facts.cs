using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>
/// The vocabulary of facts conditions may test, each read from the service profile. Adding a fact means adding it
/// here and to <see cref="ServiceFacts"/>; the law that uses it goes in the catalogue (docs/extending.md).
/// </summary>
public static class Facts
{
    public const int Roles = 0;
    public const int OfferedInPrc = 1;
    public const int PublicInPrc = 2;
    public const int PublicOpinion = 3;
    public const int Technologies = 4;
    public const int AlgorithmTypes = 5;
    public const int DeepSynthesis = 6;
    public const int Features = 7;
    public const int Audiences = 8;
    public const int BiometricEditing = 9;
    public const int NewsService = 10;
    public const int UnlabelledContentOnRequest = 11;
    public const int CallsFiledModel = 12;

    /// <summary>Every fact, by index.</summary>
    public static IReadOnlyList<Fact> All { get; } =
    [
        Set<ObligorRole>("roles", Roles, "acts as {0}", "does not act as {0}"),
        Flag("offeredInPrc", OfferedInPrc, "offered within the PRC", "not offered within the PRC"),
        Flag("publicInPrc", PublicInPrc, "offered to the public within the PRC", "not offered to the public within the PRC"),
        Flag("publicOpinion", PublicOpinion, "has public-opinion attributes or social-mobilisation capability", "has no public-opinion attributes"),
        Set<Technology>("technologies", Technologies, "uses {0}", "does not use {0}"),
        Set<AlgorithmType>("algorithmTypes", AlgorithmTypes, "uses {0} algorithms", "uses no {0} algorithm"),
        // Profile spelling: "digital-human-3d", not the generic kebab name of DigitalHuman3D.
        new("deepSynthesis", DeepSynthesis, FactKind.Set, [.. KebabName<DeepSynthesisUseCase>.All.Select(n => n == "digital-human3-d" ? "digital-human-3d" : n)],
            "covers deep synthesis of {0}", "covers no deep synthesis of {0}"),
        new("features", Features, FactKind.Set, [.. FeatureVocabulary.Ids], "offers {0}", "offers no {0}"),
        Set<Audience>("audiences", Audiences, "serves {0}", "serves no {0}"),
        Flag("biometricEditing", BiometricEditing, "edits biometric information such as faces or voices", "offers no biometric editing"),
        Flag("newsService", NewsService, "provides internet news information services", "provides no news information services"),
        Flag("unlabelledContentOnRequest", UnlabelledContentOnRequest, "supplies content without explicit labels on request", "never supplies content without explicit labels"),
        Flag("callsFiledModel", CallsFiledModel, "calls an already-filed generative AI model (spec.generativeAiModel)", "names no already-filed model it calls"),
    ];

    public static bool TryGet(string name, out Fact fact)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                fact = candidate;
                return true;
            }
        }

        fact = null!;
        return false;
    }

    private static Fact Flag(string name, int index, string holds, string fails) => new(name, index, FactKind.Flag, [], holds, fails);

    private static Fact Set<T>(string name, int index, string holds, string fails)
        where T : struct, Enum => new(name, index, FactKind.Set, [.. KebabName<T>.All], holds, fails);
}
