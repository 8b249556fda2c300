using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.State;

/// <summary>
/// One recorded fact that an obligation was met for a period: a filing, an ethics registration, an assessment or a
/// piece of evidence. Recording the same fact twice (same kind, obligation, period and reference) changes nothing.
/// </summary>
public sealed record ObligationStateRecord
{
    public required string Service { get; init; }
    public required string ObligationId { get; init; }

    /// <summary>The period key it covers; null covers every period (continuing duties).</summary>
    public string? Period { get; init; }

    public required DateOnly CompletedOn { get; init; }
    public ObligationStateKind Kind { get; init; } = ObligationStateKind.Other;

    /// <summary>What proves it: an evidence hash, a filing number, a report path or URL.</summary>
    public string? Reference { get; init; }

    /// <summary>The identity of the fact: recording a record with the same key replaces it.</summary>
    public string Key => $"{Kind}\n{ObligationId}\n{Period}\n{Reference}";

    public CompletionRecord ToCompletionRecord() => new()
    {
        ObligationId = ObligationId,
        Period = Period,
        CompletedOn = CompletedOn,
        Evidence = Reference is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()} {Reference}",
    };
}
