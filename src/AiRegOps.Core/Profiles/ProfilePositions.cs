namespace AiRegOps.Core.Profiles;

/// <summary>
/// Where each field of a profile stands in its file, by field path ("metadata.name", "spec.features[1]",
/// "spec.controls.logRetentionMonths", "spec.events[0]"): the key of a mapping entry, or the item of a list. Reports
/// and SARIF point at the node that caused a finding; a field that is not declared falls back to its nearest
/// declared parent ("spec.controls", then "spec").
/// </summary>
public sealed class ProfilePositions
{
    private readonly Dictionary<string, SourceLocation> positions;

    public ProfilePositions(IReadOnlyDictionary<string, SourceLocation> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        this.positions = new Dictionary<string, SourceLocation>(positions, StringComparer.Ordinal);
    }

    public int Count => positions.Count;

    /// <summary>The exact position of <paramref name="path"/>, or null when the field is not in the file.</summary>
    public SourceLocation? Exact(string path) => positions.TryGetValue(path, out var location) ? location : null;

    /// <summary>The position of <paramref name="path"/>, else of its nearest declared parent; null when none is.</summary>
    public SourceLocation? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (positions.TryGetValue(current, out var location))
            {
                return location;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
