using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// JPEG: walks the marker segments up to the start of scan (metadata always precedes the image data) and reads APP1
/// XMP (TC260:AIGC) and APP1 EXIF UserComment. Never reads entropy-coded data.
/// </summary>
public sealed class JpegReader : ICarrierReader
{
    private static readonly byte[] XmpId = "http://ns.adobe.com/xap/1.0/\0"u8.ToArray();

    public string Format => "JPEG";

    public static bool Matches(ReadOnlySpan<byte> head) => head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;

    public void Read(RangeReader reader, LabelSink sink)
    {
        long pos = 2;
        var elements = 0;
        while (true)
        {
            reader.Step(ref elements);
            if (reader.U8(pos) != 0xFF)
            {
                throw new LabelFormatException($"JPEG: expected a marker at byte {pos}", pos);
            }

            var marker = reader.U8(pos + 1);
            if (marker == 0xFF)
            {
                pos++; // fill byte
                continue;
            }

            if (marker is 0xDA or 0xD9)
            {
                return; // start of scan or end of image: no metadata follows
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                pos += 2;
                continue;
            }

            int length = reader.U16BE(pos + 2);
            if (length < 2)
            {
                throw new LabelFormatException($"JPEG segment at byte {pos} declares a length of {length}", pos);
            }

            if (marker == 0xE1)
            {
                var data = reader.Get(pos + 4, length - 2);
                if (data.StartsWith(XmpId))
                {
                    XmpScanner.Scan(data[XmpId.Length..], "JPEG APP1 XMP", pos, sink);
                }
                else if (data.StartsWith("Exif\0\0"u8))
                {
                    ExifScanner.Scan(data, "JPEG APP1", pos + 4, sink);
                }
            }

            pos += 2L + length;
        }
    }
}
