namespace AiRegOps.Core.Profiles;

/// <summary>
/// The controls a security assessment looks at (SA2018 focus items, from the seed document). Unset means
/// "not declared", which an assessment reports as a gap to fill, not as a failure of the control.
/// </summary>
public sealed record SecurityControls
{
    public bool? SecurityOfficer { get; init; }
    public int? ContentReviewers { get; init; }
    public bool? RealIdentityVerification { get; init; }
    public int? RegistrationDataRetentionMonths { get; init; }
    public int? LogRetentionMonths { get; init; }

    /// <summary>Which log fields are kept: account, operation-time, operation-type, source-address, destination-address, source-port, client-hardware, published-content.</summary>
    public IReadOnlyList<string> LoggedFields { get; init; } = [];

    public bool? IllegalInformationHandling { get; init; }
    public bool? PersonalInformationProtection { get; init; }
    public bool? MobilisationControls { get; init; }
    public bool? ComplaintChannel { get; init; }
    public bool? AuthoritySupportMechanism { get; init; }
    public bool? ContentLabelling { get; init; }
    public bool? ImplicitMetadataLabels { get; init; }

    /// <summary>Where the service is deployed (for the SA2018 Art. 6 report).</summary>
    public IReadOnlyList<string> DeploymentLocations { get; init; } = [];

    /// <summary>Licences held (e.g. ICP licence numbers).</summary>
    public IReadOnlyList<string> Licences { get; init; } = [];

    public static SecurityControls None { get; } = new();
}
