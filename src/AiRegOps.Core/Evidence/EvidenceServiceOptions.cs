namespace AiRegOps.Core.Evidence;

public sealed record EvidenceServiceOptions
{
    /// <summary>Immutability to apply to each new blob where the store supports it.</summary>
    public ImmutabilityPolicy Immutability { get; init; } = ImmutabilityPolicy.None;

    /// <summary>Fail an add (before its ledger entry) when the store cannot apply <see cref="Immutability"/>.</summary>
    public bool RequireImmutability { get; init; }

    public static EvidenceServiceOptions Default { get; } = new();
}
