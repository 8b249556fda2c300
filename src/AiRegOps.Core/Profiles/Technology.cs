namespace AiRegOps.Core.Profiles;

/// <summary>The three regulated technology families.</summary>
public enum Technology
{
    /// <summary>Algorithm recommendation (ARR Art. 2): any of the five algorithm types.</summary>
    AlgorithmRecommendation,

    /// <summary>Deep synthesis (DSP Art. 23): generating or editing text, voice, images, video, virtual scenes.</summary>
    DeepSynthesis,

    /// <summary>Generative AI (GAIM Art. 22): models that generate text, images, audio, video and other content.</summary>
    GenerativeAi,
}
