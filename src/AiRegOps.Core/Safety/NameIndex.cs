using System.Text;

namespace AiRegOps.Core.Safety;

/// <summary>Small interning table for repeated names (topics, sources): a string is made only for a name not seen before.</summary>
internal sealed class NameIndex(int limit)
{
    private readonly Dictionary<ulong, int> indexes = [];
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    /// <summary>The index of <paramref name="utf8"/>, or -1 when adding it would pass the limit.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        var hash = Utf8Hash.Of(utf8);
        if (indexes.TryGetValue(hash, out var index))
        {
            return index;
        }

        if (names.Count >= limit)
        {
            return -1;
        }

        names.Add(Encoding.UTF8.GetString(utf8));
        indexes.Add(hash, names.Count - 1);
        return names.Count - 1;
    }
}
