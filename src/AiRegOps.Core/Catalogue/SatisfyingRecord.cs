namespace AiRegOps.Core.Catalogue;

/// <summary>
/// Which record in a service profile shows an obligation met, beyond generic completion records. Lets the
/// scheduler mark a filing deadline satisfied by the filing itself, an assessment by the assessment, and so on.
/// </summary>
public enum SatisfyingRecord
{
    /// <summary>Only completion records (profile <c>completed</c> or recorded evidence) satisfy it.</summary>
    None,

    /// <summary>A filing of kind <c>new</c>.</summary>
    FilingNew,

    /// <summary>A filing of kind <c>change</c>.</summary>
    FilingChange,

    /// <summary>A filing of kind <c>cancel</c>.</summary>
    FilingCancel,

    /// <summary>The registration (登记) of an app that calls an already-filed generative AI model.</summary>
    ModelRegistration,

    /// <summary>A security assessment with the matching trigger.</summary>
    SecurityAssessment,

    /// <summary>The ethics committee's registration date.</summary>
    EthicsCommitteeRegistration,

    /// <summary>The registration date of an activity on the expert-review list.</summary>
    EthicsActivityRegistration,

    /// <summary>The years whose annual ethics report was submitted.</summary>
    EthicsAnnualReport,

    /// <summary>The follow-up review dates of an approved activity.</summary>
    EthicsFollowUpReview,
}
