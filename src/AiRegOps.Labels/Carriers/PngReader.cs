using System.Buffers.Binary;
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
        var previousWasIdat = false;
        var triedTail = false;
        while (true)
        {
            reader.Step(ref elements);
            var header = reader.Get(pos, 8);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (length > int.MaxValue)
            {
                throw new LabelFormatException($"PNG chunk at byte {pos} declares {length} bytes, more than PNG allows", pos);
            }

            var type = header[4..];
            if (type.SequenceEqual("IEND"u8))
            {
                return;
            }

            var isIdat = type.SequenceEqual("IDAT"u8);
            if (type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8))
            {
                // CRC only on the chunks that are parsed: the image data is never read.
                var kind = TextDecoding.Latin1.GetString(type);
                if (length > reader.Limits.MaxItemBytes - 8)
                {
                    throw new LabelLimitException($"PNG {kind} chunk at byte {pos} holds {length} bytes, more than the {reader.Limits.MaxItemBytes}-byte limit");
                }

                var chunk = reader.Get(pos + 4, 4 + (int)length + 4);
                var stored = BinaryPrimitives.ReadUInt32BigEndian(chunk[(4 + (int)length)..]);
                if (Crc32.Compute(chunk[..(4 + (int)length)]) != stored)
                {
                    throw new LabelFormatException($"PNG {kind} chunk at byte {pos} fails its CRC check", pos);
                }

                ReadText(kind, chunk.Slice(4, (int)length), pos, reader.Limits, sink);
            }

            pos += 12L + length;

            // From the second consecutive IDAT on, libpng-style images (one 8 KiB IDAT after another) would cost one
            // header read per chunk; the chunks after the image data are looked for from the end instead.
            if (isIdat && previousWasIdat && !triedTail)
            {
                triedTail = true;
                if (TailChain(reader, pos) is { } resume)
                {
                    pos = resume;
                    isIdat = true;
                }
            }

            previousWasIdat = isIdat;
        }
    }

    /// <summary>
    /// IDAT chunks are consecutive (PNG §5.6), so the chunks after the image data can be found from the end: the
    /// last IDAT header in the last 16 KiB (then 64 KiB), from which the chunk headers chain exactly to IEND at the
    /// end of the file, every chunk type four ASCII letters. Only headers are looked at; the IDAT data in the window
    /// is neither parsed nor CRC-checked. Without such a chain the walk goes on header by header. A chain forged inside
    /// the compressed data of the last IDAT would be taken for the tail: the file's producer controls every byte
    /// anyway, and the text chunks found are still CRC-checked.
    /// </summary>
    private static long? TailChain(RangeReader reader, long next)
    {
        foreach (var size in (ReadOnlySpan<int>)[16 * 1024, 64 * 1024])
        {
            var start = Math.Max(next, reader.Length - size);
            if (start <= next)
            {
                // The rest of the file fits in the window: walking it costs no more reads than this.
                return null;
            }

            var window = reader.Get(start, (int)(reader.Length - start));
            var searchEnd = window.Length - 12;
            while (searchEnd > 4)
            {
                // Backwards: the first chain found from the end starts at the last IDAT.
                var at = window[..searchEnd].LastIndexOf("IDAT"u8);
                if (at < 4)
                {
                    break;
                }

                if (ChainsToEnd(window, at - 4))
                {
                    return start + at - 4;
                }

                searchEnd = at + 3;
            }
        }

        return null;
    }

    private static bool ChainsToEnd(ReadOnlySpan<byte> window, int p)
    {
        while (p + 12 <= window.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(window[p..]);
            if (length > (uint)(window.Length - p - 12))
            {
                return false;
            }

            var type = window.Slice(p + 4, 4);
            foreach (var c in type)
            {
                if (!char.IsAsciiLetter((char)c))
                {
                    return false;
                }
            }

            if (type.SequenceEqual("IEND"u8))
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
