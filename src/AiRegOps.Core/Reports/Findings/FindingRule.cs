namespace AiRegOps.Core.Reports.Findings;

/// <summary>What a finding is checked against: an SA2018 focus item, a catalogue obligation or the trigger rule.</summary>
public sealed record FindingRule
{
    /// <summary>"sa2018.log-records", a catalogue obligation id, or "sa2018.trigger-unanswered".</summary>
    public required string Id { get; init; }

    /// <summary>PascalCase name, as SARIF viewers show it.</summary>
    public required string Name { get; init; }

    public required string ShortDescription { get; init; }
    public required string FullDescription { get; init; }

    /// <summary>Plain-text help: what the rule asks, on which article, and how to meet it.</summary>
    public required string HelpText { get; init; }

    public required string HelpMarkdown { get; init; }

    /// <summary>
    /// The anchor of the rule's section in docs/code-scanning.md; a help URI is made from it only when the user names
    /// where the documentation is published (<see cref="DocumentationLinks"/>).
    /// </summary>
    public required string HelpAnchor { get; init; }

    public required FindingLevel DefaultLevel { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}
