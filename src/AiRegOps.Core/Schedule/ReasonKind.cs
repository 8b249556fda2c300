namespace AiRegOps.Core.Schedule;

/// <summary>The kinds of condition whose reasons are cached per service.</summary>
internal enum ReasonKind
{
    Roles,
    Technologies,
    AlgorithmTypes,
    DeepSynthesis,
    Audiences,
    PublicOpinion,
}
