using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Ethics;

/// <summary>
/// One-call API behind Register-EthicsReview, split so -WhatIf writes nothing: <see cref="PlanAsync"/> computes the
/// outcome (reading the registry to spot duplicates), <see cref="CommitAsync"/> writes it.
/// </summary>
public sealed class EthicsReview(IEthicsRegistry registry, PeriodCalculator? periods = null)
{
    private readonly IEthicsRegistry registry = registry ?? throw new ArgumentNullException(nameof(registry));

    public async Task<EthicsOutcome> PlanAsync(EthicsRegistration registration, DateOnly asOf, CancellationToken cancellationToken)
    {
        var outcome = EthicsReviewPlanner.Plan(registration, asOf, periods);
        var existing = await registry.ListAsync(cancellationToken).ConfigureAwait(false);
        return outcome with { AlreadyRecorded = existing.Any(r => r.IsSameAs(registration)) };
    }

    /// <summary>Records the outcome's registration; false when it was already recorded.</summary>
    public Task<bool> CommitAsync(EthicsOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return registry.AddAsync(outcome.Registration, cancellationToken);
    }
}
