namespace AiRegOps.Core.Profiles;

/// <summary>Why a feature gives a service public-opinion attributes under SA2018 Art. 2, if it does.</summary>
public enum PublicOpinionBasis
{
    /// <summary>The feature provides no public channel for opinion and no mobilisation capability.</summary>
    None,

    /// <summary>Named in SA2018 Art. 2(1): forums, blogs, microblogs, chat rooms, ... mini-programs.</summary>
    NamedService,

    /// <summary>SA2018 Art. 2(2): another channel for the public to express opinions.</summary>
    ExpressionChannel,

    /// <summary>SA2018 Art. 2(2): the ability to mobilise the public to specific activities.</summary>
    Mobilisation,
}
