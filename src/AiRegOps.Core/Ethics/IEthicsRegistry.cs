namespace AiRegOps.Core.Ethics;

/// <summary>
/// Where ethics registrations persist: a local JSON file now (<see cref="LocalEthicsRegistry"/>), an evidence or
/// state store later. Adding the same registration twice changes nothing.
/// </summary>
public interface IEthicsRegistry
{
    Task<IReadOnlyList<EthicsRegistration>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="registration"/>; false (and nothing written) when the same one is already there.</summary>
    Task<bool> AddAsync(EthicsRegistration registration, CancellationToken cancellationToken);
}
