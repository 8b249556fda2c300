namespace AiRegOps.Core.Filings;

/// <summary>Where completed filings are recorded: the local state folder now, an evidence store later.</summary>
public interface IFilingRegistry
{
    Task<IReadOnlyList<RecordedFiling>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds a filing; false (and nothing written) when the same one is already recorded.</summary>
    Task<bool> AddAsync(RecordedFiling filing, CancellationToken cancellationToken);
}
