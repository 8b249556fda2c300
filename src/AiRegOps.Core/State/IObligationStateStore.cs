namespace AiRegOps.Core.State;

/// <summary>
/// Where recorded obligation state lives (beside the ledger: a local folder or an Azure table). The scheduler gets the
/// same completion records from either.
/// </summary>
public interface IObligationStateStore
{
    string Location { get; }

    /// <summary>Records a fact; returns false when the same fact was already recorded.</summary>
    Task<bool> RecordAsync(ObligationStateRecord record, CancellationToken cancellationToken);

    /// <summary>Every fact recorded for a service, one per key (the last recorded wins), in key order.</summary>
    Task<IReadOnlyList<ObligationStateRecord>> GetAsync(string service, CancellationToken cancellationToken);
}
