namespace AiRegOps.Core.Filings;

/// <summary>Where completed filings are recorded: the record store (<c>Records.ComplianceRecordStore</c>) on every host.</summary>
public interface IFilingRegistry
{
    /// <summary>Every filing that counts.</summary>
    Task<IReadOnlyList<RecordedFiling>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The filings that count for <paramref name="service"/> (a store may read only that service's records).</summary>
    async Task<IReadOnlyList<RecordedFiling>> ListForAsync(string service, CancellationToken cancellationToken) =>
        [.. (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(f => string.Equals(f.Service, service, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Adds a filing; false (and nothing written) when the same one is already recorded.</summary>
    Task<bool> AddAsync(RecordedFiling filing, CancellationToken cancellationToken);
}
