using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Gate;

/// <summary>
/// Permission to let one violation pass the gate until a date, for a stated reason. Matches by service and
/// obligation (a catalogue obligation id, or a focus-item rule id such as "sa2018.log-records"), and by period when
/// one is given. Valid through <see cref="Expires"/>; from the next day it counts as no waiver.
/// </summary>
public sealed record Waiver
{
    public required string Service { get; init; }
    public required string Obligation { get; init; }

    /// <summary>The schedule period key (e.g. "launched@2025-09-26"); null matches every period.</summary>
    public string? Period { get; init; }

    public required string Reason { get; init; }
    public required DateOnly Expires { get; init; }

    /// <summary>Where the waiver was read from.</summary>
    public SourceLocation? Source { get; init; }

    public bool IsExpiredOn(DateOnly date) => date > Expires;

    public bool Matches(GateViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return Matches(violation.Service, violation.Obligation, violation.Period);
    }

    /// <summary>Whether the waiver covers (service, obligation, period); assessment gaps have no period.</summary>
    public bool Matches(string service, string obligation, string? period) =>
        string.Equals(Service, service, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Obligation, obligation, StringComparison.OrdinalIgnoreCase)
        && (Period is null || string.Equals(Period, period, StringComparison.Ordinal));

    public override string ToString() =>
        $"{Service}/{Obligation}{(Period is null ? string.Empty : "/" + Period)} until {Expires:yyyy-MM-dd}{(Source is { } s ? $" ({s})" : string.Empty)}";
}
