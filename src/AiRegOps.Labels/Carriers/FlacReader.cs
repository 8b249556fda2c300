using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>FLAC: walks the metadata blocks after "fLaC" up to the last one and reads VORBIS_COMMENT; audio frames are never read.</summary>
public sealed class FlacReader : ICarrierReader
{
    private const int VorbisComment = 4;

    public string Format => "FLAC";

    public static bool Matches(ReadOnlySpan<byte> head) => head.StartsWith("fLaC"u8);

    public void Read(RangeReader reader, LabelSink sink)
    {
        long pos = 4;
        var elements = 0;
        while (true)
        {
            reader.Step(ref elements);
            var header = reader.Get(pos, 4);
            var last = (header[0] & 0x80) != 0;
            var type = header[0] & 0x7F;
            var length = (header[1] << 16) | (header[2] << 8) | header[3];
            if (type == 127)
            {
                throw new LabelFormatException($"FLAC metadata block at byte {pos} has the invalid type 127", pos);
            }

            if (type == VorbisComment)
            {
                VorbisComments.Scan(reader.Get(pos + 4, length), "FLAC VORBIS_COMMENT", pos, sink);
            }
            else if (!reader.Has(pos + 4, length))
            {
                throw new LabelFormatException($"FLAC metadata block at byte {pos} runs past the end of the file", pos, truncated: true);
            }

            if (last)
            {
                return;
            }

            pos += 4 + length;
        }
    }
}
