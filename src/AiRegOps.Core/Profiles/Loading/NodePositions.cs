namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Collects the position of every mapping key and list item of a profile document under the same field paths the
/// reader uses in its errors, so that outputs can point at the exact line and column of a field.
/// </summary>
internal static class NodePositions
{
    public static ProfilePositions Collect(Node root, string file)
    {
        var positions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        Walk(root, string.Empty, file, positions);
        return new ProfilePositions(positions);
    }

    private static void Walk(Node node, string path, string file, Dictionary<string, SourceLocation> positions)
    {
        switch (node)
        {
            case MappingNode mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key is ScalarNode key && entry.DuplicateOf is null)
                    {
                        var child = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
                        positions.TryAdd(child, new SourceLocation(file, key.Line, key.Column));
                        Walk(entry.Value, child, file, positions);
                    }
                }

                break;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    var child = $"{path}[{i}]";
                    positions.TryAdd(child, new SourceLocation(file, item.Line, item.Column));
                    Walk(item, child, file, positions);
                }

                break;
        }
    }
}
