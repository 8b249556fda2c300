namespace AiRegOps.Core.Ethics;

/// <summary>
/// Where ethics registrations persist: the record store (<c>Records.ComplianceRecordStore</c>) on every host. Adding the
/// same registration twice changes nothing.
/// </summary>
public interface IEthicsRegistry
{
    /// <summary>Every registration that counts.</summary>
    Task<IReadOnlyList<EthicsRegistration>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The registrations that concern <paramref name="service"/>: its own and the whole unit's.</summary>
    async Task<IReadOnlyList<EthicsRegistration>> ListForAsync(string service, CancellationToken cancellationToken) =>
        [.. (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(r => r.AppliesTo(service))];

    /// <summary>Adds <paramref name="registration"/>; false (and nothing written) when the same one is already there.</summary>
    Task<bool> AddAsync(EthicsRegistration registration, CancellationToken cancellationToken);
}
