using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers.Pdf;

/// <summary>
/// One cross-reference section with its trailer (§7.5.4 tables, §7.5.8 streams): looks up where it puts one object.
/// A table's entries are fixed 20-byte lines, so an entry is one positioned read, never a read of the whole table.
/// </summary>
internal sealed class PdfSection
{
    private readonly RangeReader reader;
    private readonly List<(long First, long Count, long Entries)> subsections;
    private readonly (byte[] Rows, int[] Widths, List<(long First, long Count)> Index)? stream;

    private PdfSection(RangeReader reader, PdfObject trailer, long offset, List<(long, long, long)> subsections, (byte[], int[], List<(long, long)>)? stream)
    {
        this.reader = reader;
        Trailer = trailer;
        Offset = offset;
        this.subsections = subsections;
        this.stream = stream;
    }

    public PdfObject Trailer { get; }
    public long Offset { get; }

    /// <summary>A hybrid file's cross-reference stream (/XRefStm), consulted after the table.</summary>
    public PdfSection? Hidden { get; set; }

    public static PdfSection Table(RangeReader reader, PdfObject trailer, long offset, List<(long, long, long)> subsections) =>
        new(reader, trailer, offset, subsections, null);

    public static PdfSection Stream(RangeReader reader, PdfObject dictionary, long offset, byte[] rows)
    {
        if (dictionary["W"] is not { Kind: PdfKind.Array, Items.Count: 3 } w || w.Items.Any(i => i.Integer is not (>= 0 and <= 8)))
        {
            throw new LabelFormatException($"PDF: the cross-reference stream at byte {offset} has no valid /W", offset);
        }

        var widths = w.Items.Select(i => (int)i.Integer!.Value).ToArray();
        var index = new List<(long, long)>();
        if (dictionary["Index"] is { Kind: PdfKind.Array } ix)
        {
            for (var i = 0; i + 1 < ix.Items.Count; i += 2)
            {
                index.Add((ix.Items[i].Integer ?? -1, ix.Items[i + 1].Integer ?? -1));
            }
        }
        else
        {
            index.Add((0, dictionary["Size"]?.Integer ?? -1));
        }

        var rowLength = widths.Sum();
        if (rowLength == 0 || index.Any(p => p.Item1 is < 0 or > int.MaxValue || p.Item2 < 0 || p.Item2 > rows.Length) || index.Sum(p => p.Item2) * rowLength > rows.Length)
        {
            throw new LabelFormatException($"PDF: the cross-reference stream at byte {offset} holds fewer entries than its /Index or /Size declares", offset);
        }

        return new(reader, dictionary, offset, [], (rows, widths, index));
    }

    /// <summary>The object's entry in this section (Hidden included), or null when the section does not mention it.</summary>
    public PdfLocation? Lookup(int number)
    {
        var found = stream is { } s ? LookupStream(s, number) : LookupTable(number);
        return found ?? Hidden?.Lookup(number);
    }

    private PdfLocation? LookupTable(int number)
    {
        foreach (var (first, count, entries) in subsections)
        {
            if (number < first || number >= first + count)
            {
                continue;
            }

            var at = entries + ((number - first) * 20);
            var entry = reader.Get(at, 18);
            if (!Digits(entry[..10]) || entry[10] != ' ' || !Digits(entry[11..16]) || entry[16] != ' ' || entry[17] is not ((byte)'n' or (byte)'f'))
            {
                throw new LabelFormatException($"PDF: the cross-reference entry at byte {at} is not of the form 'nnnnnnnnnn ggggg n'", at);
            }

            if (entry[17] == 'f')
            {
                return new PdfLocation(PdfLocationKind.Free, 0, 0, 0, 0);
            }

            return new PdfLocation(PdfLocationKind.InFile, Number(entry[..10]), (int)Number(entry[11..16]), 0, 0);
        }

        return null;
    }

    private static PdfLocation? LookupStream((byte[] Rows, int[] Widths, List<(long First, long Count)> Index) s, int number)
    {
        var row = 0L;
        var rowLength = s.Widths.Sum();
        foreach (var (first, count) in s.Index)
        {
            if (number >= first && number < first + count)
            {
                var at = (int)((row + number - first) * rowLength);
                var type = s.Widths[0] == 0 ? 1 : Field(s.Rows, at, s.Widths[0]);
                var second = Field(s.Rows, at + s.Widths[0], s.Widths[1]);
                var third = Field(s.Rows, at + s.Widths[0] + s.Widths[1], s.Widths[2]);
                return type switch
                {
                    1 => new PdfLocation(PdfLocationKind.InFile, second, (int)third, 0, 0),
                    2 => new PdfLocation(PdfLocationKind.InObjectStream, 0, 0, (int)Math.Min(second, int.MaxValue), (int)Math.Min(third, int.MaxValue)),
                    _ => new PdfLocation(PdfLocationKind.Free, 0, 0, 0, 0),
                };
            }

            row += count;
        }

        return null;
    }

    private static long Field(byte[] rows, int at, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | rows[at + i];
        }

        return value;
    }

    private static bool Digits(ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static long Number(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (var b in digits)
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
