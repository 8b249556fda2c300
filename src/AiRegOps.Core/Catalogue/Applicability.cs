using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Catalogue;

/// <summary>
/// The conditions under which an obligation applies to a service, beyond its obligor roles and the binding status
/// of its sources. Every condition that is set must hold; each produces a reason the user can read.
/// </summary>
public sealed record Applicability
{
    /// <summary>The service must use at least one of these technologies (empty: any).</summary>
    public IReadOnlyList<Technology> TechnologiesAny { get; init => field = value ?? []; } = [];

    /// <summary>The service must use at least one of these ARR Art. 2 algorithm types (empty: any).</summary>
    public IReadOnlyList<AlgorithmType> AlgorithmTypesAny { get; init => field = value ?? []; } = [];

    /// <summary>The service must cover at least one of these deep synthesis use cases (empty: any).</summary>
    public IReadOnlyList<DeepSynthesisUseCase> DeepSynthesisUseCasesAny { get; init => field = value ?? []; } = [];

    /// <summary>The service must serve at least one of these audiences (empty: any).</summary>
    public IReadOnlyList<Audience> AudiencesAny { get; init => field = value ?? []; } = [];

    /// <summary>The service must have public-opinion attributes or social mobilisation capability (SA2018 Art. 2).</summary>
    public bool RequiresPublicOpinionAttributes { get; init; }

    /// <summary>The service must be offered to the public within the PRC (GAIM Art. 2).</summary>
    public bool RequiresPublicInPrc { get; init; }

    /// <summary>The service must offer face, voice or other biometric editing (DSP Arts 14, 15(2)).</summary>
    public bool RequiresBiometricEditing { get; init; }

    /// <summary>The service must provide internet news information services (ARR Art. 13).</summary>
    public bool RequiresNewsService { get; init; }

    /// <summary>The service must supply content without explicit labels on request (LABEL Art. 9).</summary>
    public bool RequiresUnlabelledContentOnRequest { get; init; }

    /// <summary>The service (or its unit) must do S&amp;T activities subject to ethics review.</summary>
    public bool RequiresEthicsReviewActivities { get; init; }

    public static Applicability Always { get; } = new();
}
