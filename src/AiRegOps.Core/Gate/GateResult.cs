namespace AiRegOps.Core.Gate;

/// <summary>The gate's verdict: what fails, what was waived, which waivers expired or matched nothing.</summary>
public sealed record GateResult
{
    public required DateOnly AsOf { get; init; }
    public required IReadOnlyList<string> Services { get; init; }
    public required IReadOnlyList<GateViolation> Violations { get; init; }
    public required IReadOnlyList<WaivedViolation> Waived { get; init; }

    /// <summary>Expired waivers: they count as no waiver, and are reported as warnings.</summary>
    public required IReadOnlyList<Waiver> ExpiredWaivers { get; init; }

    /// <summary>Valid waivers that matched nothing (a typo in the service or obligation, or a fixed issue).</summary>
    public required IReadOnlyList<Waiver> UnusedWaivers { get; init; }

    public bool Passed => Violations.Count == 0;

    public int ExitCode => Passed ? GateExitCode.Passed : GateExitCode.Failed;

    /// <summary>Warnings for the log: expired and unused waivers.</summary>
    public IReadOnlyList<string> Warnings =>
    [
        .. ExpiredWaivers.Select(w => $"Waiver expired on {w.Expires:yyyy-MM-dd} and no longer applies: {w} (reason: {w.Reason})."),
        .. UnusedWaivers.Select(w => $"Waiver matches no violation: {w}."),
    ];
}
