namespace AiRegOps.Core.Catalogue;

/// <summary>Where an obligation comes from: a regulation and an article, with how sure we are.</summary>
public sealed record SourceCitation
{
    public required string RegulationId { get; init; }

    /// <summary>The article number, or null when the source names none (see <see cref="Note"/>).</summary>
    public int? Article { get; init; }

    /// <summary>For a standard: the clause, such as "8.1" (shown as §8.1), in place of an article.</summary>
    public string? Clause { get; init; }

    public int? Paragraph { get; init; }
    public int? Item { get; init; }
    public Confidence Confidence { get; init; } = Confidence.SingleSource;
    public string? Note { get; init; }

    /// <summary>A citation such as "ARR Art. 24(1)" or "DSP (no article named)".</summary>
    public string Display => Clause is not null
        ? $"{RegulationId} §{Clause}"
        : Article is null
        ? $"{RegulationId} (no article named)"
        : $"{RegulationId} Art. {Article}{(Paragraph is null ? string.Empty : $"({Paragraph})")}{(Item is null ? string.Empty : $"({Item})")}";

    public override string ToString() => Display;
}
