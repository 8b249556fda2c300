using System.IO.Compression;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// PNG: walks the chunk headers from the signature to IEND, seeking over IDAT, and reads tEXt, zTXt and iTXt
/// (keyword AIGC, or XML:com.adobe.xmp holding TC260:AIGC). Written here rather than with MetadataExtractor because
/// the uniqueness rule needs every candidate with its offset, CRC-checked, and the walk must never read image data.
/// </summary>
public sealed class PngReader : ICarrierReader
{
    private const string XmpKeyword = "XML:com.adobe.xmp";

    public string Format => "PNG";

    internal static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Matches(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    public void Read(RangeReader reader, LabelSink sink)
    {
        long pos = 8;
        var elements = 0;
        var skipped = false;
        while (true)
        {
            reader.Step(ref elements);
            var length = reader.U32BE(pos);
            if (length > int.MaxValue)
            {
                throw new LabelFormatException($"PNG chunk at byte {pos} declares {length} bytes, more than PNG allows", pos);
            }

            var type = reader.Get(pos + 4, 4);
            if (type.SequenceEqual("IEND"u8))
            {
                return;
            }

            if (type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8))
            {
                var kind = TextDecoding.Latin1.GetString(type);
                var data = reader.Get(pos + 8, (int)length);
                var stored = reader.U32BE(pos + 8 + length);
                if (Crc32.Compute(reader.Get(pos + 4, 4), data) != stored)
                {
                    throw new LabelFormatException($"PNG {kind} chunk at byte {pos} fails its CRC check", pos);
                }

                ReadText(kind, data, pos, reader.Limits, sink);
            }

            pos += 12L + length;
            if (type.SequenceEqual("IDAT"u8) && !skipped && TailChain(reader, pos) is { } resume)
            {
                skipped = true;
                pos = resume;
            }
        }
    }

    /// <summary>
    /// IDAT chunks are consecutive (PNG §5.6), so the chunks after the image data can be found from the end: the
    /// last IDAT in the last 64 KiB, from which chunk headers chain exactly to IEND at the end of the
    /// file, the IDAT itself whole and CRC-valid. Saves walking every 8 KiB IDAT header of a large image; without
    /// such a chain the walk goes on chunk by chunk.
    /// </summary>
    private static long? TailChain(RangeReader reader, long firstAfterIdat)
    {
        const int Tail = 64 * 1024;
        var start = Math.Max(firstAfterIdat, reader.Length - Tail);
        if (reader.Length - firstAfterIdat <= reader.Limits.WindowBytes || start <= firstAfterIdat)
        {
            return null;
        }

        var window = reader.Get(start, (int)(reader.Length - start));
        // Backwards: the first match from the end is the last IDAT, whose CRC is the only one computed in the usual case.
        for (var p = window.Length - 12; p >= 0; p--)
        {
            if (!window.Slice(p + 4, 4).SequenceEqual("IDAT"u8))
            {
                continue;
            }

            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(window[p..]);
            if (length > (uint)(window.Length - p - 12)
                || Crc32.Compute(window.Slice(p + 4, 4 + (int)length)) != System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(window[(p + 8 + (int)length)..])
                || !ChainsToEnd(window, p))
            {
                continue;
            }

            return start + p;
        }

        return null;
    }

    private static bool ChainsToEnd(ReadOnlySpan<byte> window, int p)
    {
        while (p + 12 <= window.Length)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(window[p..]);
            if (length > (uint)(window.Length - p - 12))
            {
                return false;
            }

            foreach (var c in window.Slice(p + 4, 4))
            {
                if (!char.IsAsciiLetter((char)c))
                {
                    return false;
                }
            }

            if (window.Slice(p + 4, 4).SequenceEqual("IEND"u8))
            {
                return p + 12 + length == window.Length;
            }

            p += 12 + (int)length;
        }

        return false;
    }

    private static void ReadText(string kind, ReadOnlySpan<byte> data, long offset, ReadLimits limits, LabelSink sink)
    {
        var nul = data.IndexOf((byte)0);
        if (nul <= 0)
        {
            throw new LabelFormatException($"PNG {kind} chunk at byte {offset} has no keyword", offset);
        }

        var keyword = TextDecoding.Latin1.GetString(data[..nul]);
        var isXmp = kind == "iTXt" && keyword == XmpKeyword;
        if (!isXmp && !LabelRuleSet.Default.IsFieldName(keyword))
        {
            return;
        }

        var rest = data[(nul + 1)..];
        byte[] text;
        switch (kind)
        {
            case "tEXt":
                sink.Add($"PNG tEXt", keyword, TextDecoding.Latin1.GetString(rest), offset);
                return;
            case "zTXt":
                text = Inflate(rest.Length > 0 ? rest[1..] : rest, limits, offset);
                sink.Add($"PNG zTXt", keyword, TextDecoding.Latin1.GetString(text), offset);
                return;
        }

        // iTXt: compression flag, method, language tag\0, translated keyword\0, text.
        if (rest.Length < 2)
        {
            throw new LabelFormatException($"PNG iTXt chunk at byte {offset} is too short", offset);
        }

        var compressed = rest[0] == 1;
        var afterLanguage = Skip(rest[2..], offset);
        var body = Skip(afterLanguage, offset);
        text = compressed ? Inflate(body, limits, offset) : body.ToArray();
        if (isXmp)
        {
            XmpScanner.Scan(text, $"PNG iTXt {XmpKeyword}", offset, sink);
        }
        else
        {
            sink.Add("PNG iTXt", keyword, TextDecoding.Utf8.GetString(text), offset);
        }
    }

    private static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> data, long offset)
    {
        var nul = data.IndexOf((byte)0);
        return nul < 0 ? throw new LabelFormatException($"PNG iTXt chunk at byte {offset} lacks a NUL separator", offset) : data[(nul + 1)..];
    }

    private static byte[] Inflate(ReadOnlySpan<byte> compressed, ReadLimits limits, long offset)
    {
        try
        {
            using var input = new MemoryStream(compressed.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            return BoundedRead.All(zlib, limits.MaxItemBytes, $"compressed PNG text at byte {offset}");
        }
        catch (InvalidDataException ex)
        {
            throw new LabelFormatException($"compressed PNG text at byte {offset} does not inflate: {ex.Message}", offset);
        }
    }
}
