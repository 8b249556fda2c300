using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Reports.Findings;

/// <summary>
/// One result for code scanning and test reporters: an assessment gap, an overdue or due obligation, or an assessment
/// trigger without an assessment. Identified by (service, rule, key), which is stable across runs: the key is the
/// schedule's period key or the profile field a check concerns, never a computed date.
/// </summary>
public sealed record ComplianceFinding
{
    public required string Service { get; init; }
    public required FindingRule Rule { get; init; }
    public required FindingLevel Level { get; init; }

    /// <summary>The period key ("launched@2025-09-26", "FY2025") or the checked field ("controls.logRetentionMonths").</summary>
    public required string Key { get; init; }

    public required string Message { get; init; }

    /// <summary>The profile node that caused the finding: the feature, control, event or service name.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The valid waiver that lets this finding pass the gate, if any (SARIF suppression).</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>A stable, distinct fingerprint: service, rule and key.</summary>
    public string Fingerprint => $"{Service}|{Rule.Id}|{Key}";
}
