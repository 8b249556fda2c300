namespace AiRegOps.Core.Catalogue;

/// <summary>One legal instrument: a regulation, measure or draft.</summary>
public sealed record Regulation
{
    public required string Id { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public required string ShortName { get; init; }
    public IReadOnlyList<string> Issuers { get; init => field = value ?? []; } = [];
    public string? DocumentNumber { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public required RegulationStatus Status { get; init; }

    /// <summary>Id of the instrument that replaces this one, if any.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>Date this instrument stops applying (its successor's effective date or the repeal date).</summary>
    public DateOnly? EndsOn { get; init; }

    public string? OfficialUrl { get; init; }
    public Confidence Confidence { get; init; } = Confidence.Confirmed;

    /// <summary>Where sources disagree about this instrument's own facts (dates, numbers), and what we encoded.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; init => field = value ?? []; } = [];

    public string? Notes { get; init; }

    /// <summary>Whether this instrument binds anyone on <paramref name="date"/>.</summary>
    public bool IsBindingOn(DateOnly date) =>
        Status != RegulationStatus.Draft
        && EffectiveOn is { } start && date >= start
        && (EndsOn is not { } end || date < end);

    /// <summary>Whether this instrument is promulgated but not yet in force on <paramref name="date"/>.</summary>
    public bool IsUpcomingOn(DateOnly date) =>
        Status != RegulationStatus.Draft && EffectiveOn is { } start && date < start;

    public override string ToString() => $"{Id} ({NameEn})";
}
