namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Reads a mapping into a record field by field, in source order (so errors come in the order of the file): each key
/// is one line of a table, given the reader, the value's node and its path (<c>parent.key</c>), returning the record
/// with that field set. Null keys (already reported) are skipped, unknown keys are reported against the table's keys.
/// </summary>
internal sealed class FieldBinder<T>
{
    private readonly Dictionary<string, Func<NodeReader, Node, string, T, T>> fields;

    // A plain loop, not ToDictionary/Select over the tuples: LINQ over a value tuple is generic code the runtime must
    // build for it on first use, about 20 ms on the first profile a PowerShell session reads.
    public FieldBinder(params (string Key, Func<NodeReader, Node, string, T, T> Bind)[] bindings)
    {
        fields = new Dictionary<string, Func<NodeReader, Node, string, T, T>>(bindings.Length, StringComparer.Ordinal);
        Keys = new string[bindings.Length];
        for (var i = 0; i < bindings.Length; i++)
        {
            fields.Add(bindings[i].Key, bindings[i].Bind);
            Keys[i] = bindings[i].Key;
        }
    }

    /// <summary>The known keys, in the order the table lists them (the order "expected one of" shows).</summary>
    public string[] Keys { get; }

    public T Bind(NodeReader read, MappingNode mapping, string path, T value)
    {
        foreach (var entry in mapping.Entries)
        {
            if (read.Key(entry, path) is not { } key)
            {
                continue;
            }

            if (fields.TryGetValue(key, out var bind))
            {
                value = bind(read, entry.Value, NodeReader.Join(path, key), value);
            }
            else
            {
                read.UnknownKey(entry, path, key, Keys);
            }
        }

        return value;
    }
}
