using System.Buffers.Binary;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>A Vorbis comment block (FLAC, Ogg Vorbis, Opus): vendor string, then "KEY=value" entries, lengths little-endian.</summary>
internal static class VorbisComments
{
    public static void Scan(ReadOnlySpan<byte> block, string carrier, long offset, LabelSink sink)
    {
        var pos = 0;
        var vendor = Length(block, ref pos, carrier, offset);
        pos += vendor;
        var count = Length(block, ref pos, carrier, offset);
        for (var i = 0; i < count; i++)
        {
            var length = Length(block, ref pos, carrier, offset);
            var entry = block.Slice(pos, length);
            pos += length;
            var equals = entry.IndexOf((byte)'=');
            if (equals <= 0)
            {
                continue;
            }

            var key = TextDecoding.Utf8.GetString(entry[..equals]);
            if (LabelRuleSet.Default.IsFieldName(key))
            {
                sink.Add(carrier, key, TextDecoding.Utf8.GetString(entry[(equals + 1)..]), offset);
            }
        }
    }

    private static int Length(ReadOnlySpan<byte> block, ref int pos, string carrier, long offset)
    {
        if (pos + 4 > block.Length)
        {
            throw new LabelFormatException($"{carrier} comment block at byte {offset} ends early", offset, truncated: true);
        }

        var value = BinaryPrimitives.ReadUInt32LittleEndian(block[pos..]);
        pos += 4;
        if (value > (uint)(block.Length - pos))
        {
            throw new LabelFormatException($"{carrier} comment block at byte {offset} declares {value} bytes where {block.Length - pos} remain", offset);
        }

        return (int)value;
    }
}
