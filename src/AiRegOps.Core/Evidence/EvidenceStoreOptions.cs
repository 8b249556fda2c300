namespace AiRegOps.Core.Evidence;

/// <summary>
/// Where evidence lives: a local folder (<see cref="LocalEvidenceStoreOptions"/>, the default) or Azure Storage
/// (<c>AzureEvidenceStoreOptions</c> in AiRegOps.Azure). Each kind builds its own stores, so the core never references
/// a cloud SDK. <see cref="object.ToString"/> never shows a secret.
/// </summary>
public abstract record EvidenceStoreOptions
{
    public EvidenceServiceOptions Service { get; init; } = EvidenceServiceOptions.Default;

    /// <summary>Builds the store, ledger and state store.</summary>
    public abstract EvidenceBackend CreateBackend(TimeProvider time);

    /// <summary>A description for messages and <c>ToString</c>, without secrets.</summary>
    public abstract string Describe();
}
