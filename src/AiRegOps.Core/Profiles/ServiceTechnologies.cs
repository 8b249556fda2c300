namespace AiRegOps.Core.Profiles;

/// <summary>The technologies a service uses.</summary>
public sealed record ServiceTechnologies
{
    public IReadOnlyList<AlgorithmType> Algorithms { get; init; } = [];
    public IReadOnlyList<DeepSynthesisUseCase> DeepSynthesis { get; init; } = [];
    public bool GenerativeAi { get; init; }

    /// <summary>
    /// Deep synthesis and generative AI are generation-and-synthesis algorithms (ARR Art. 2), so either makes the
    /// service an algorithm recommendation service too.
    /// </summary>
    public bool Uses(Technology technology) => technology switch
    {
        Technology.AlgorithmRecommendation => Algorithms.Count > 0 || DeepSynthesis.Count > 0 || GenerativeAi,
        Technology.DeepSynthesis => DeepSynthesis.Count > 0,
        Technology.GenerativeAi => GenerativeAi,
        _ => false,
    };

    /// <summary>The ARR Art. 2 algorithm types in use, with generation-synthesis implied by deep synthesis or generative AI.</summary>
    public IReadOnlyList<AlgorithmType> EffectiveAlgorithmTypes =>
        (DeepSynthesis.Count > 0 || GenerativeAi) && !Algorithms.Contains(AlgorithmType.GenerationSynthesis)
            ? [AlgorithmType.GenerationSynthesis, .. Algorithms]
            : Algorithms;
}
