using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Assessments;

/// <summary>One focus item of the security assessment: what it looks at and on what authority.</summary>
public sealed record FocusItem
{
    /// <summary>Short id, e.g. "log-records".</summary>
    public required string Id { get; init; }

    /// <summary>Rule id for SARIF, JUnit and waivers, e.g. "sa2018.log-records".</summary>
    public string RuleId => $"sa2018.{Id}";

    public required string TitleZh { get; init; }
    public required string TitleEn { get; init; }

    /// <summary>What the item covers, in the words of the seed document (A.2).</summary>
    public required string Description { get; init; }

    public required IReadOnlyList<SourceCitation> Citations { get; init; }

    /// <summary>Where to read the source.</summary>
    public required Uri HelpUri { get; init; }

    public string Title => $"{TitleZh} / {TitleEn}";
}
