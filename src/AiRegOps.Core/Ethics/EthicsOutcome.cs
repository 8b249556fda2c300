using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Ethics;

/// <summary>What a registration would record and what follows from it. Computed without writing (for -WhatIf).</summary>
public sealed record EthicsOutcome
{
    public required EthicsRegistration Registration { get; init; }
    public required EthicsRegime Regime { get; init; }

    /// <summary>The deadlines that follow, binding or not, in date order.</summary>
    public required IReadOnlyList<EthicsDeadline> Deadlines { get; init; }

    /// <summary>Stricter intervals that are not confirmed: information, never deadlines.</summary>
    public required IReadOnlyList<EthicsDeadline> Advisories { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The event the scheduler sees for this registration.</summary>
    public required ServiceEvent Event { get; init; }

    /// <summary>True when the registry already holds the same registration (committing then writes nothing).</summary>
    public bool AlreadyRecorded { get; init; }

    public bool Binds => Deadlines.Any(d => d.IsBinding);
}
