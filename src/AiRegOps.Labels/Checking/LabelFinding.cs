using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Checking;

/// <summary>One rule result for one file: the stable rule id, the clause it rests on, and where in the file.</summary>
public sealed record LabelFinding
{
    public required string RuleId { get; init; }
    public required LabelSeverity Severity { get; init; }
    public required string Message { get; init; }
    public required string Clause { get; init; }
    public required Confidence Confidence { get; init; }

    /// <summary>The carrier and field ("PNG tEXt 'AIGC' at byte 33"), or the structure that failed.</summary>
    public string? Location { get; init; }

    public long? Offset { get; init; }

    public override string ToString() => $"{RuleId} {Severity}: {Message}{(Location is null ? string.Empty : $" ({Location})")}";
}
