using System.IO.Compression;
using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers.Pdf;

/// <summary>
/// Decodes the two stream kinds the information dictionary can hide behind (cross-reference and object streams):
/// no filter or FlateDecode, with the PNG predictors of §7.4.4.4. Output is bounded by the per-item limit.
/// </summary>
internal static class PdfStreamDecoder
{
    public static byte[] Decode(PdfObject dictionary, ReadOnlySpan<byte> raw, long offset, ReadLimits limits)
    {
        var filter = dictionary["Filter"];
        if (filter is { Kind: PdfKind.Array, Items.Count: 1 })
        {
            filter = filter.Items[0];
        }

        byte[] data;
        if (filter is null)
        {
            data = raw.ToArray();
        }
        else if (filter is { Kind: PdfKind.Name, Name: "FlateDecode" or "Fl" })
        {
            try
            {
                using var input = new MemoryStream(raw.ToArray());
                using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                data = BoundedRead.All(zlib, limits.MaxItemBytes, $"the PDF stream at byte {offset}");
            }
            catch (InvalidDataException ex)
            {
                throw new LabelFormatException($"PDF: the stream at byte {offset} does not inflate: {ex.Message}", offset);
            }
        }
        else
        {
            throw new LabelFormatException($"PDF: the stream at byte {offset} uses a filter other than FlateDecode, which cross-reference and object streams do not need", offset);
        }

        var parameters = dictionary["DecodeParms"];
        if (parameters is { Kind: PdfKind.Array, Items.Count: 1 })
        {
            parameters = parameters.Items[0];
        }

        var predictor = parameters?["Predictor"]?.Integer ?? 1;
        if (predictor == 1)
        {
            return data;
        }

        if (predictor < 10)
        {
            throw new LabelFormatException($"PDF: the stream at byte {offset} uses TIFF predictor {predictor}, which is not supported here", offset);
        }

        var columns = parameters?["Columns"]?.Integer ?? 1;
        return columns is < 1 or > 1 << 16 ? throw new LabelFormatException($"PDF: the stream at byte {offset} declares {columns} columns", offset) : Unpredict(data, (int)columns, offset);
    }

    // PNG row filters with one byte per pixel (the only layout cross-reference streams use).
    private static byte[] Unpredict(byte[] data, int columns, long offset)
    {
        var stride = columns + 1;
        if (data.Length % stride != 0)
        {
            throw new LabelFormatException($"PDF: the predicted stream at byte {offset} is not a whole number of {stride}-byte rows", offset);
        }

        var rows = data.Length / stride;
        var output = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * stride];
            for (var c = 0; c < columns; c++)
            {
                var x = data[(r * stride) + 1 + c];
                int left = c > 0 ? output[(r * columns) + c - 1] : 0;
                int up = r > 0 ? output[((r - 1) * columns) + c] : 0;
                int upLeft = r > 0 && c > 0 ? output[((r - 1) * columns) + c - 1] : 0;
                output[(r * columns) + c] = type switch
                {
                    0 => x,
                    1 => (byte)(x + left),
                    2 => (byte)(x + up),
                    3 => (byte)(x + ((left + up) / 2)),
                    4 => (byte)(x + Paeth(left, up, upLeft)),
                    _ => throw new LabelFormatException($"PDF: the predicted stream at byte {offset} has row filter {type}", offset),
                };
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
