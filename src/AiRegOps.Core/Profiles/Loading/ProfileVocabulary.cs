using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// The names <c>airegops.yml</c> uses for enum values and closed lists. The JSON Schema and docs/profile-format.md
/// list the same names; tests keep them in step.
/// </summary>
public static class ProfileVocabulary
{
    public static EnumNameTable<ObligorRole> Roles { get; } = new(
        (ObligorRole.ServiceProvider, "service-provider"),
        (ObligorRole.TechnicalSupporter, "technical-supporter"),
        (ObligorRole.User, "user"),
        (ObligorRole.AppDistributionPlatform, "app-distribution-platform"),
        (ObligorRole.ResearchUnit, "research-unit"));

    public static EnumNameTable<AlgorithmType> Algorithms { get; } = new(
        (AlgorithmType.GenerationSynthesis, "generation-synthesis"),
        (AlgorithmType.PersonalizedPush, "personalized-push"),
        (AlgorithmType.SortingSelection, "sorting-selection"),
        (AlgorithmType.RetrievalFiltering, "retrieval-filtering"),
        (AlgorithmType.SchedulingDecision, "scheduling-decision"));

    public static EnumNameTable<DeepSynthesisUseCase> DeepSynthesis { get; } = new(
        (DeepSynthesisUseCase.Text, "text"),
        (DeepSynthesisUseCase.Voice, "voice"),
        (DeepSynthesisUseCase.NonSpeechAudio, "non-speech-audio"),
        (DeepSynthesisUseCase.BiometricImageVideo, "biometric-image-video"),
        (DeepSynthesisUseCase.NonBiometricImageVideo, "non-biometric-image-video"),
        (DeepSynthesisUseCase.DigitalHuman3D, "digital-human-3d"));

    public static EnumNameTable<Audience> Audiences { get; } = new(
        (Audience.Minors, "minors"),
        (Audience.Elderly, "elderly"),
        (Audience.Workers, "workers"),
        (Audience.Consumers, "consumers"));

    public static EnumNameTable<ServiceEventType> EventTypes { get; } = new(
        (ServiceEventType.Launched, "launched"),
        (ServiceEventType.FunctionAdded, "function-added"),
        (ServiceEventType.MaterialTechnicalChange, "material-technical-change"),
        (ServiceEventType.SignificantUserGrowth, "significant-user-growth"),
        (ServiceEventType.HarmfulInformationIncident, "harmful-information-incident"),
        (ServiceEventType.RegulatorNotice, "regulator-notice"),
        (ServiceEventType.FilingInformationChanged, "filing-information-changed"),
        (ServiceEventType.ServiceTerminated, "service-terminated"),
        (ServiceEventType.EthicsCommitteeEstablished, "ethics-committee-established"),
        (ServiceEventType.EthicsApprovalObtained, "ethics-approval-obtained"),
        (ServiceEventType.SynthesisToolOffered, "synthesis-tool-offered"));

    public static EnumNameTable<FilingKind> FilingKinds { get; } = new(
        (FilingKind.New, "new"),
        (FilingKind.Change, "change"),
        (FilingKind.Cancel, "cancel"));

    /// <summary>The network log fields SA2018 Art. 5 asks to keep (<see cref="SecurityControls.LoggedFields"/>).</summary>
    public static IReadOnlyList<string> LoggedFields { get; } =
    [
        "account",
        "operation-time",
        "operation-type",
        "source-address",
        "destination-address",
        "source-port",
        "client-hardware",
        "published-content",
    ];

    internal static HashSet<string> LoggedFieldSet { get; } = new(LoggedFields, StringComparer.Ordinal);

    internal static string LoggedFieldList { get; } = string.Join(", ", LoggedFields);
}
