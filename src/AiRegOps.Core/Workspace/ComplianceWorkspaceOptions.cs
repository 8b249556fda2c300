using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Filings;

namespace AiRegOps.Core.Workspace;

/// <summary>What a host opens a workspace with. Anything left null is the shipped default or "none recorded".</summary>
public sealed record ComplianceWorkspaceOptions
{
    /// <summary>The catalogue; the embedded one when null.</summary>
    public ObligationCatalogue? Catalogue { get; init; }

    /// <summary>The calendar with any holiday overrides (<see cref="WorkspaceCalendar.Load"/>); the shipped one when null.</summary>
    public PeriodCalculator? Periods { get; init; }

    /// <summary>The clock that decides "today in China" when no as-of date is given.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Recorded filings (Register-AlgorithmFiling): the record store, <c>Records.ComplianceRecordStore</c>.</summary>
    public IFilingRegistry? Filings { get; init; }

    /// <summary>Recorded ethics committees and approvals (Register-EthicsReview): the record store too.</summary>
    public IEthicsRegistry? Ethics { get; init; }

    /// <summary>Completions from the verified evidence ledger.</summary>
    public ICompletionSource? Completions { get; init; }

    /// <summary>Events recorded outside the profiles (watcher, deployments).</summary>
    public IServiceEventSource? Events { get; init; }
}
