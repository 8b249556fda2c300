namespace AiRegOps.Core.Ethics;

/// <summary>What Register-EthicsReview records.</summary>
public enum EthicsRegistrationKind
{
    /// <summary>An S&amp;T ethics (review) committee was established (-EstablishedOn).</summary>
    Committee,

    /// <summary>An S&amp;T activity passed ethics review (-ApprovedOn).</summary>
    Activity,
}
