using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>When a filing procedure is due, and why.</summary>
public sealed record FilingDeadline
{
    public required FilingKind Kind { get; init; }

    /// <summary>The period as computed on the working-day calendar.</summary>
    public required DeadlineResult Period { get; init; }

    public DateOnly DueDate => Period.DueDate;

    /// <summary>"10 working days after the service start on 2025-09-26 (ARR Art. 24(1))".</summary>
    public required string Description { get; init; }

    /// <summary>The same period in Chinese, shown first in the package.</summary>
    public required string DescriptionZh { get; init; }

    /// <summary>ARR Art. 24 first, then the cross-references that route this service to it.</summary>
    public required IReadOnlyList<SourceCitation> Citations { get; init; }

    /// <summary>The weakest fact the date rests on: [2+] under the ARR, [INF] when only a cross-reference carries the number.</summary>
    public required Confidence Confidence { get; init; }
}
