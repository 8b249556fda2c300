using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// Ogg (Vorbis, Opus, FLAC in Ogg): reassembles the first logical stream's packets from its pages until the comment
/// header (the second packet; for FLAC the VORBIS_COMMENT block) and reads it. Pages of other streams are skipped.
/// </summary>
public sealed class OggReader : ICarrierReader
{
    public string Format => "Ogg";

    public static bool Matches(ReadOnlySpan<byte> head) => head.StartsWith("OggS"u8);

    public void Read(RangeReader reader, LabelSink sink)
    {
        long pos = 0;
        uint? serial = null;
        var packets = new List<(byte[] Data, long Offset)>();
        var current = new MemoryStream();
        var currentStart = 0L;
        var elements = 0;
        while (pos < reader.Length)
        {
            reader.Step(ref elements);
            var header = reader.Get(pos, 27);
            if (!header.StartsWith("OggS"u8) || header[4] != 0)
            {
                throw new LabelFormatException($"Ogg: no page header at byte {pos}", pos);
            }

            var pageSerial = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(header[14..18]);
            int segments = header[26];
            var lacing = reader.Get(pos + 27, segments).ToArray();
            var body = 0;
            foreach (var l in lacing)
            {
                body += l;
            }

            var dataStart = pos + 27 + segments;
            serial ??= pageSerial;
            if (pageSerial == serial)
            {
                var data = reader.Get(dataStart, body);
                var at = 0;
                foreach (var l in lacing)
                {
                    if (current.Length == 0)
                    {
                        currentStart = pos;
                    }

                    current.Write(data.Slice(at, l));
                    at += l;
                    if (current.Length > reader.Limits.MaxItemBytes)
                    {
                        throw new LabelLimitException($"an Ogg header packet is larger than the {reader.Limits.MaxItemBytes}-byte limit");
                    }

                    if (l < 255)
                    {
                        packets.Add((current.ToArray(), currentStart));
                        current.SetLength(0);
                        if (Done(packets, sink))
                        {
                            return;
                        }
                    }
                }
            }

            pos = dataStart + body;
        }

        throw new LabelFormatException("Ogg: the stream ends before its comment header", reader.Length, truncated: true);
    }

    private static bool Done(List<(byte[] Data, long Offset)> packets, LabelSink sink)
    {
        var first = packets[0].Data;
        if (first.AsSpan().StartsWith("\u007FFLAC"u8))
        {
            // FLAC in Ogg: packet 1 is the STREAMINFO mapping; later packets are metadata blocks, the first is the comment.
            if (packets.Count < 2)
            {
                return false;
            }

            var block = packets[^1].Data;
            if (block.Length >= 4 && (block[0] & 0x7F) == 4)
            {
                VorbisComments.Scan(block.AsSpan(4), "Ogg FLAC VORBIS_COMMENT", packets[^1].Offset, sink);
                return true;
            }

            return packets.Count > 2 || (block.Length > 0 && (block[0] & 0x80) != 0);
        }

        if (packets.Count < 2)
        {
            return false;
        }

        var (comment, offset) = packets[1];
        if (comment.AsSpan().StartsWith("\x03vorbis"u8))
        {
            VorbisComments.Scan(comment.AsSpan(7), "Ogg Vorbis comment", offset, sink);
        }
        else if (comment.AsSpan().StartsWith("OpusTags"u8))
        {
            VorbisComments.Scan(comment.AsSpan(8), "Ogg Opus comment", offset, sink);
        }
        else
        {
            throw new LabelFormatException($"Ogg: the second packet at byte {offset} is not a Vorbis or Opus comment header", offset);
        }

        return true;
    }
}
