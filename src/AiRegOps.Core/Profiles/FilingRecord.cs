namespace AiRegOps.Core.Profiles;

/// <summary>A completed filing procedure (ARR Art. 24) and its number.</summary>
public sealed record FilingRecord
{
    public FilingKind Kind { get; init; } = FilingKind.New;

    /// <summary>The filing number, e.g. 网信算备110108823483901230031号 (none for a cancellation).</summary>
    public string? Number { get; init; }

    /// <summary>The date the filing procedure was completed by the provider.</summary>
    public required DateOnly FiledOn { get; init; }
}
