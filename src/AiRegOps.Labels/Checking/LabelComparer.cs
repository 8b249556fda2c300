namespace AiRegOps.Labels.Checking;

/// <summary>
/// Compares two label scans file by file (matched by their path relative to each scan's root), for example before
/// and after a media pipeline: labels removed, changed or forged, and the allowed filling of dissemination fields.
/// </summary>
public static class LabelComparer
{
    public static IReadOnlyList<LabelChange> Compare(IReadOnlyList<AigcLabelResult> before, string beforeRoot, IReadOnlyList<AigcLabelResult> after, string afterRoot)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var left = Index(before, beforeRoot);
        var right = Index(after, afterRoot);
        var changes = new List<LabelChange>();
        foreach (var key in left.Keys.Union(right.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            left.TryGetValue(key, out var a);
            right.TryGetValue(key, out var b);
            changes.Add(Classify(key, a, b));
        }

        return changes;
    }

    /// <summary>The deepest folder that holds every path of a scan: the root its relative paths are taken from.</summary>
    public static string CommonRoot(IEnumerable<AigcLabelResult> results)
    {
        var folders = results.Select(r => Path.GetDirectoryName(Path.GetFullPath(r.Path)) ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            return string.Empty;
        }

        var root = folders[0];
        foreach (var folder in folders.Skip(1))
        {
            while (!(folder + Path.DirectorySeparatorChar).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                root = Path.GetDirectoryName(root) ?? string.Empty;
            }
        }

        return root;
    }

    private static Dictionary<string, AigcLabelResult> Index(IReadOnlyList<AigcLabelResult> results, string root)
    {
        var index = new Dictionary<string, AigcLabelResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            index[Path.GetRelativePath(root, Path.GetFullPath(result.Path)).Replace('\\', '/')] = result;
        }

        return index;
    }

    private static LabelChange Classify(string key, AigcLabelResult? a, AigcLabelResult? b)
    {
        LabelChange Make(LabelChangeKind kind, string message) => new() { RelativePath = key, Change = kind, Message = message, Before = a, After = b };
        if (b is null)
        {
            return Make(LabelChangeKind.FileMissing, "in the first set only");
        }

        if (a is null)
        {
            return Make(LabelChangeKind.FileAdded, "in the second set only");
        }

        var had = a.LabelCount > 0;
        var has = b.LabelCount > 0;
        if (had && !has)
        {
            return Make(LabelChangeKind.Removed, $"the label ({a.Carrier}) is gone: {b.Verdict}, {b.Reason}");
        }

        if (!had && has)
        {
            return string.IsNullOrEmpty(b.ContentProducer) && string.IsNullOrEmpty(b.ProduceID)
                ? Make(LabelChangeKind.Propagated, "a dissemination label was added")
                : Make(LabelChangeKind.Forged, $"production elements appeared where the file had no label (ContentProducer '{b.ContentProducer}', ProduceID '{b.ProduceID}')");
        }

        if (!had)
        {
            return Make(LabelChangeKind.Unchanged, "no label in either");
        }

        var diffs = new List<string>();
        void Diff(string name, string? x, string? y)
        {
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                diffs.Add($"{name} '{x}' -> '{y}'");
            }
        }

        Diff("ContentProducer", a.ContentProducer, b.ContentProducer);
        Diff("ProduceID", a.ProduceID, b.ProduceID);
        if (diffs.Count > 0)
        {
            return Make(LabelChangeKind.Forged, string.Join("; ", diffs));
        }

        Diff("Label", a.Label, b.Label);
        Diff("ReservedCode1", a.ReservedCode1, b.ReservedCode1);
        if (diffs.Count > 0)
        {
            return Make(LabelChangeKind.Changed, string.Join("; ", diffs));
        }

        Diff("ContentPropagator", a.ContentPropagator, b.ContentPropagator);
        Diff("PropagateID", a.PropagateID, b.PropagateID);
        Diff("ReservedCode2", a.ReservedCode2, b.ReservedCode2);
        return diffs.Count > 0 ? Make(LabelChangeKind.Propagated, string.Join("; ", diffs)) : Make(LabelChangeKind.Unchanged, "same label");
    }
}
