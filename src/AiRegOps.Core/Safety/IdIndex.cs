namespace AiRegOps.Core.Safety;

/// <summary>
/// Remembers the line of each id by its 64-bit hash, so duplicates are found in one pass without keeping the ids:
/// about 30 bytes per distinct id, the only state that grows with the input.
/// </summary>
internal sealed class IdIndex
{
    private readonly Dictionary<ulong, long> firstLine = [];

    /// <summary>0 when the id is new; otherwise the line where it was first seen.</summary>
    public long Add(ReadOnlySpan<byte> id, long line)
    {
        var hash = Utf8Hash.Of(id);
        if (firstLine.TryGetValue(hash, out var first))
        {
            return first;
        }

        firstLine.Add(hash, line);
        return 0;
    }
}
