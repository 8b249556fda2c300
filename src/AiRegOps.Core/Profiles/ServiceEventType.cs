namespace AiRegOps.Core.Profiles;

/// <summary>What can happen to a service on a date. Events start deadlines.</summary>
public enum ServiceEventType
{
    /// <summary>The service was first provided to users (ARR Art. 24(1); SA2018 Art. 3(1)).</summary>
    Launched,

    /// <summary>A function with public-opinion attributes was added (SA2018 Art. 3(1)).</summary>
    FunctionAdded,

    /// <summary>New technology materially changed the service (SA2018 Art. 3(2)).</summary>
    MaterialTechnicalChange,

    /// <summary>User scale grew significantly (SA2018 Art. 3(3)).</summary>
    SignificantUserGrowth,

    /// <summary>Illegal or harmful information spread (SA2018 Art. 3(4)).</summary>
    HarmfulInformationIncident,

    /// <summary>A written notice from a prefecture-level CAC office or public-security organ (SA2018 Art. 3(5)).</summary>
    RegulatorNotice,

    /// <summary>Filed information changed (ARR Art. 24(2)).</summary>
    FilingInformationChanged,

    /// <summary>The service was terminated (ARR Art. 24(3)).</summary>
    ServiceTerminated,

    /// <summary>A S&amp;T ethics (review) committee was established (ETHICS, registration within 30 days).</summary>
    EthicsCommitteeEstablished,

    /// <summary>Ethics approval obtained for an activity on the expert-review list (ETHICS).</summary>
    EthicsApprovalObtained,

    /// <summary>A biometric or special-object generation tool (model, template) was offered (DSP Art. 15(2)).</summary>
    SynthesisToolOffered,
}
