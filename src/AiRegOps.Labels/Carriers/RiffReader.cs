using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// RIFF containers: WAV (a sub-chunk whose id contains AIGC, an AIGC sub-chunk of LIST/INFO, or an ID3 chunk's TXXX),
/// AVI (the AIGC sub-chunk of LIST/INFO, TC260-PG-20257A; OpenDML 'AVIX' continuation RIFFs are walked too) and WebP
/// (the XMP chunk's TC260:AIGC, the EXIF chunk's UserComment). Walks chunk headers and seeks over the data and movi
/// chunks; a chunk that runs past the end of the file is a truncation.
/// </summary>
public sealed class RiffReader(string format) : ICarrierReader
{
    public string Format { get; } = format;

    public static bool Matches(ReadOnlySpan<byte> head, ReadOnlySpan<byte> form) =>
        head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual(form);

    public void Read(RangeReader reader, LabelSink sink)
    {
        var declared = 8L + reader.U32LE(4);
        var end = Math.Min(declared, reader.Length);
        var elements = 0;
        Walk(reader, sink, 12, end, inInfo: false, ref elements);
        if (declared > reader.Length)
        {
            throw new LabelFormatException($"the RIFF header declares {declared} bytes, the file has {reader.Length}", reader.Length, truncated: true);
        }

        // AVI files past 1 GiB go on in further RIFF 'AVIX' chunks (OpenDML).
        var pos = declared + (declared & 1);
        while (Format == "AVI" && pos + 12 <= reader.Length && reader.Get(pos, 4).SequenceEqual("RIFF"u8) && reader.Get(pos + 8, 4).SequenceEqual("AVIX"u8))
        {
            reader.Step(ref elements);
            var next = pos + 8 + reader.U32LE(pos + 4);
            if (next > reader.Length)
            {
                throw new LabelFormatException($"the RIFF 'AVIX' chunk at byte {pos} declares {next - pos} bytes, past the end of the file", reader.Length, truncated: true);
            }

            Walk(reader, sink, pos + 12, next, inInfo: false, ref elements);
            pos = next + (next & 1);
        }
    }

    private void Walk(RangeReader reader, LabelSink sink, long pos, long end, bool inInfo, ref int elements)
    {
        while (pos + 8 <= end)
        {
            reader.Step(ref elements);
            var id = TextDecoding.Latin1.GetString(reader.Get(pos, 4));
            long size = reader.U32LE(pos + 4);
            if (pos + 8 + size > end)
            {
                throw new LabelFormatException($"RIFF chunk '{id}' at byte {pos} runs past the end ({pos + 8 + size} > {end})", pos, truncated: true);
            }

            ReadChunk(reader, sink, id, pos, size, inInfo, ref elements);
            pos += 8 + size + (size & 1);
        }

        if (pos < end && end - pos < 8 && reader.Length == end)
        {
            throw new LabelFormatException($"a partial RIFF chunk header at byte {pos}", pos, truncated: true);
        }
    }

    private void ReadChunk(RangeReader reader, LabelSink sink, string id, long pos, long size, bool inInfo, ref int elements)
    {
        var rules = LabelRuleSet.Default;
        if (id == "LIST" && size >= 4 && reader.Get(pos + 8, 4).SequenceEqual("INFO"u8))
        {
            Walk(reader, sink, pos + 12, pos + 8 + size, inInfo: true, ref elements);
        }
        else if (Format == "WebP" && id == "XMP ")
        {
            XmpScanner.Scan(reader.Get(pos + 8, (int)size), "WebP XMP chunk", pos, sink);
        }
        else if (Format == "WebP" && id == "EXIF")
        {
            ExifScanner.Scan(reader.Get(pos + 8, (int)size), "WebP EXIF chunk", pos + 8, sink);
        }
        else if (id is "id3 " or "ID3 ")
        {
            Id3Reader.ReadTag(reader, pos + 8, sink, "WAV id3 chunk");
        }
        else if (rules.IsFieldName(id))
        {
            var value = TextDecoding.TrimNul(TextDecoding.Utf8.GetString(reader.Get(pos + 8, (int)size)));
            sink.Add(inInfo ? $"{Format} LIST/INFO sub-chunk" : $"{Format} RIFF sub-chunk", id, value, pos);
        }
    }
}
