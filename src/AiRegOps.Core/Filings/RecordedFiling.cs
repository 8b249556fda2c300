using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>A completed filing procedure recorded for a service in the state folder.</summary>
public sealed record RecordedFiling
{
    public required string Service { get; init; }
    public FilingKind Kind { get; init; } = FilingKind.New;

    /// <summary>The validated number (none for a cancellation).</summary>
    public string? Number { get; init; }

    public required DateOnly FiledOn { get; init; }

    public FilingRecord ToFilingRecord() => new() { Kind = Kind, Number = Number, FiledOn = FiledOn };
}
