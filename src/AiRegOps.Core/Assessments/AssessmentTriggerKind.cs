namespace AiRegOps.Core.Assessments;

/// <summary>Why a security assessment is owed: the SA2018 Art. 3 triggers and the AI rules that send a service there.</summary>
public enum AssessmentTriggerKind
{
    /// <summary>SA2018 Art. 3(1): a service with public-opinion attributes goes online.</summary>
    Launch,

    /// <summary>SA2018 Art. 3(1): such a function is added.</summary>
    FunctionAdded,

    /// <summary>SA2018 Art. 3(2): new technology or applications materially change the service.</summary>
    MaterialTechnicalChange,

    /// <summary>SA2018 Art. 3(3): user scale grows significantly.</summary>
    SignificantUserGrowth,

    /// <summary>SA2018 Art. 3(4): illegal or harmful information spread.</summary>
    HarmfulInformationIncident,

    /// <summary>SA2018 Art. 3(5): written notice from a prefecture-level CAC office or public-security organ.</summary>
    WrittenNotice,

    /// <summary>DSP Art. 20: a deep-synthesis product, application or function with public-opinion attributes is launched.</summary>
    DeepSynthesisLaunch,

    /// <summary>DSP Art. 15(2): a tool (model, template) that generates or edits biometric information or special objects.</summary>
    SynthesisTool,

    /// <summary>GAIM Art. 17: a generative AI service with public-opinion attributes.</summary>
    GenerativeAi,
}
