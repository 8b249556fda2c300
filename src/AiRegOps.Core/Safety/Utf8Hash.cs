using System.Buffers.Binary;

namespace AiRegOps.Core.Safety;

/// <summary>
/// A 64-bit hash of UTF-8 bytes (FNV-1a over 8-byte words, then a MurmurHash3 finaliser), so ids, topics and sources
/// are indexed without a string per line. Stable across processes, unlike string.GetHashCode.
/// </summary>
internal static class Utf8Hash
{
    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 1099511628211UL;
            hash ^= hash >> 29;
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }
}
