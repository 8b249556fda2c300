namespace AiRegOps.Core.Reports.Findings;

/// <summary>How serious a finding is, in SARIF's terms.</summary>
public enum FindingLevel
{
    /// <summary>A statutory deadline missed, or an assessment gap.</summary>
    Error,

    /// <summary>A dated item that is due now, or a control not declared.</summary>
    Warning,

    /// <summary>An organisational-policy item, or a trigger that calls for an assessment with no deadline in law.</summary>
    Note,
}
