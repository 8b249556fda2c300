using AiRegOps.Core;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Labels.Rules;

/// <summary>One check of the rule set, with the clause it rests on and how sure we are of that clause.</summary>
public sealed record LabelRule
{
    /// <summary>Stable id ("AIGC010"): SARIF rule ids and waivers refer to it.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required LabelSeverity Severity { get; init; }
    public required string Clause { get; init; }

    /// <summary>The full name of the instrument the clause belongs to.</summary>
    public required string Source { get; init; }
    public required Confidence Confidence { get; init; }
}
