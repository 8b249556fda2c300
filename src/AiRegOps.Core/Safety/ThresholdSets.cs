using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Safety;

/// <summary>The threshold sets shipped with the library (embedded Data/Safety/*.json), read once per process.</summary>
public sealed class ThresholdSets
{
    private const string ResourcePrefix = "AiRegOps.Core.Data.Safety.";
    private static readonly Lazy<ThresholdSets> Embedded = new(LoadEmbedded);

    public ThresholdSets(IEnumerable<ThresholdSet> sets)
    {
        All = [.. sets.OrderBy(s => s.EffectiveOn)];
    }

    public static ThresholdSets Default => Embedded.Value;

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ThresholdSet> All { get; }

    /// <summary>
    /// The set named <paramref name="id"/>, or, without one, the newest set in force on <paramref name="asOf"/>. An
    /// unknown id or a date before every set is refused with what would work.
    /// </summary>
    public ThresholdSet Select(string? id, DateOnly asOf)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            var named = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
            if (named is not null)
            {
                return named;
            }

            var closest = All.FirstOrDefault(s => s.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase))?.Id ?? Suggestions.Closest(id, All.Select(s => s.Id));
            throw new ComplianceInputException("-Standard", $"one of {string.Join(", ", All.Select(s => s.Id))}{(closest is null ? string.Empty : $" (did you mean '{closest}'?)")}", id);
        }

        return All.LastOrDefault(s => s.EffectiveOn <= asOf)
            ?? throw new ComplianceInputException("-AsOf", $"a date on or after {All[0].EffectiveOn:yyyy-MM-dd}, when the first threshold set ({All[0].Id}) applies", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    internal static ThresholdSet Parse(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return CatalogueJson.Read(stream, "threshold set", ThresholdSetReader.Read);
    }

    private static ThresholdSets LoadEmbedded()
    {
        var assembly = typeof(ThresholdSets).Assembly;
        var sets = new List<ThresholdSet>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            sets.Add(CatalogueJson.Read(stream, name, ThresholdSetReader.Read));
        }

        return new ThresholdSets(sets);
    }
}
