using AiRegOps.Labels.Reading;

namespace AiRegOps.Labels.Carriers.Pdf;

/// <summary>
/// A PDF read from its end (§7.5.5): startxref, then each cross-reference section along the /Prev chain (newest
/// first), and single objects resolved through them, from the file or from an object stream. Only the bytes those
/// steps name are read: a trailer, the entries looked up, the objects asked for.
/// </summary>
internal sealed class PdfFile(RangeReader reader)
{
    private const int TailBytes = 1024;
    private const int MaxSections = 1024;
    private static readonly int[] ParseWindows = [4 * 1024, 64 * 1024, 1024 * 1024];
    private readonly Dictionary<(int Stream, int Section), (int[] Numbers, int[] Offsets, int First, byte[] Data)> objectStreams = [];

    private delegate T SyntaxReader<out T>(ref PdfSyntax syntax);

    /// <summary>The cross-reference sections, newest (the one startxref names) first.</summary>
    public List<PdfSection> Sections { get; } = [];

    public void ReadCrossReferences()
    {
        var visited = new HashSet<long>();
        long? next = StartXref();
        while (next is { } offset)
        {
            if (!visited.Add(offset))
            {
                throw new LabelFormatException($"PDF: the /Prev chain of cross-reference sections comes back to byte {offset}", offset);
            }

            if (Sections.Count >= MaxSections)
            {
                throw new LabelLimitException($"PDF: more than {MaxSections} cross-reference sections (incremental updates)");
            }

            var section = ReadSection(offset);
            if (section.Trailer["XRefStm"]?.Integer is { } hidden && visited.Add(hidden))
            {
                section.Hidden = ReadSection(hidden);
            }

            Sections.Add(section);
            next = section.Trailer["Prev"]?.Integer;
        }
    }

    /// <summary>Where the sections from <paramref name="fromSection"/> back put an object; null when free or absent.</summary>
    public PdfLocation? Locate(int number, int fromSection)
    {
        for (var i = fromSection; i < Sections.Count; i++)
        {
            if (Sections[i].Lookup(number) is { } found)
            {
                return found.Kind == PdfLocationKind.Free ? null : found;
            }
        }

        return null;
    }

    /// <summary>Follows an indirect reference (one level) as seen by the section at <paramref name="fromSection"/>.</summary>
    public PdfObject? Resolve(PdfObject value, int fromSection) =>
        value.Kind != PdfKind.Reference ? value
        : Locate(value.ObjectNumber, fromSection) is { } location ? ReadObject(value.ObjectNumber, location, fromSection) : null;

    public PdfObject ReadObject(int number, PdfLocation location, int fromSection)
    {
        if (location.Kind == PdfLocationKind.InFile)
        {
            return Parse(location.Offset, (ref PdfSyntax s) =>
            {
                var found = s.ReadInteger("an object number");
                s.ReadInteger("a generation number");
                s.Expect("obj"u8, "after the object number");
                return found != number ? throw s.Error($"object {number} was expected, {found} found") : s.ReadObject();
            });
        }

        var (numbers, offsets, first, data) = ObjectStream(location.StreamNumber, fromSection);
        var index = location.Index < numbers.Length && numbers[location.Index] == number ? location.Index : Array.IndexOf(numbers, number);
        if (index < 0)
        {
            throw new LabelFormatException($"PDF: object stream {location.StreamNumber} does not hold object {number}", 0);
        }

        var start = (long)first + offsets[index];
        if (start >= data.Length)
        {
            throw new LabelFormatException($"PDF: object {number} lies past the end of object stream {location.StreamNumber}", 0);
        }

        try
        {
            var syntax = new PdfSyntax(data, (int)start, 0);
            return syntax.ReadObject();
        }
        catch (PdfMoreNeededException)
        {
            throw new LabelFormatException($"PDF: object {number} runs past the end of object stream {location.StreamNumber}", 0);
        }
    }

    private long StartXref()
    {
        var length = (int)Math.Min(reader.Length, TailBytes);
        var tail = reader.Get(reader.Length - length, length);
        var at = tail.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            throw new LabelFormatException($"PDF: no startxref in the last {length} bytes (the file is cut short)", reader.Length, truncated: true);
        }

        try
        {
            var syntax = new PdfSyntax(tail, at + 9, reader.Length - length);
            var offset = syntax.ReadInteger("the cross-reference offset after startxref");
            return offset < reader.Length ? offset : throw new LabelFormatException($"PDF: startxref points to byte {offset}, past the end", reader.Length, truncated: true);
        }
        catch (PdfMoreNeededException)
        {
            throw new LabelFormatException("PDF: the file ends inside its startxref line", reader.Length, truncated: true);
        }
    }

    private PdfSection ReadSection(long offset)
    {
        var isTable = Parse(offset, (ref PdfSyntax s) => s.TryKeyword("xref"u8));
        return isTable ? ReadTable(offset) : ReadStreamSection(offset);
    }

    private PdfSection ReadTable(long offset)
    {
        var subsections = new List<(long, long, long)>();
        var pos = Parse(offset, (ref PdfSyntax s) =>
        {
            s.Expect("xref"u8, "at the start of a cross-reference table");
            return s.FileOffset;
        });
        while (true)
        {
            if (subsections.Count >= reader.Limits.MaxElements)
            {
                throw new LabelLimitException($"PDF: more than {reader.Limits.MaxElements} cross-reference subsections");
            }

            var (trailer, first, count, entries) = Parse<(PdfObject? Trailer, long First, long Count, long Entries)>(pos, (ref PdfSyntax s) =>
            {
                if (s.TryKeyword("trailer"u8))
                {
                    return (s.ReadObject(), 0L, 0L, 0L);
                }

                var start = s.ReadInteger("the first object number of a cross-reference subsection");
                var entryCount = s.ReadInteger("the entry count of a cross-reference subsection");
                s.SkipWhitespace();
                return s.AtEnd ? throw new PdfMoreNeededException() : (null, start, entryCount, s.FileOffset);
            });
            if (trailer is not null)
            {
                return trailer.Kind == PdfKind.Dictionary
                    ? PdfSection.Table(reader, trailer, offset, subsections)
                    : throw new LabelFormatException($"PDF: the trailer of the cross-reference table at byte {offset} is not a dictionary", offset);
            }

            subsections.Add((first, count, entries));
            pos = entries + (count * 20);
            if (pos > reader.Length)
            {
                throw new LabelFormatException($"PDF: the cross-reference subsection at byte {entries} runs past the end of the file", entries, truncated: true);
            }
        }
    }

    private PdfSection ReadStreamSection(long offset)
    {
        var (dictionary, rows) = ReadStream(offset, "a cross-reference stream");
        return dictionary["Type"] is { Kind: PdfKind.Name, Name: "XRef" }
            ? PdfSection.Stream(reader, dictionary, offset, rows)
            : throw new LabelFormatException($"PDF: startxref or /Prev points to byte {offset}, which is neither a cross-reference table nor a stream", offset);
    }

    private (int[] Numbers, int[] Offsets, int First, byte[] Data) ObjectStream(int number, int fromSection)
    {
        if (objectStreams.TryGetValue((number, fromSection), out var cached))
        {
            return cached;
        }

        if (Locate(number, fromSection) is not { Kind: PdfLocationKind.InFile } location)
        {
            throw new LabelFormatException($"PDF: object stream {number} is not in the file", 0);
        }

        var (dictionary, data) = ReadStream(location.Offset, $"object stream {number}");
        var count = dictionary["N"]?.Integer ?? -1;
        var first = dictionary["First"]?.Integer ?? -1;
        if (count < 0 || first < 0 || first > data.Length || count > data.Length)
        {
            throw new LabelFormatException($"PDF: object stream {number} at byte {location.Offset} has no valid /N or /First", location.Offset);
        }

        var numbers = new int[count];
        var offsets = new int[count];
        try
        {
            var header = new PdfSyntax(data.AsSpan(0, (int)first), 0, 0);
            for (var i = 0; i < count; i++)
            {
                numbers[i] = (int)Math.Min(header.ReadInteger("an object number in an object stream header"), int.MaxValue);
                offsets[i] = (int)Math.Min(header.ReadInteger("an offset in an object stream header"), int.MaxValue);
            }
        }
        catch (PdfMoreNeededException)
        {
            throw new LabelFormatException($"PDF: the header of object stream {number} is shorter than its /N", location.Offset);
        }

        var result = (numbers, offsets, (int)first, data);
        objectStreams[(number, fromSection)] = result;
        return result;
    }

    private (PdfObject Dictionary, byte[] Data) ReadStream(long offset, string what)
    {
        var (dictionary, dataStart) = Parse(offset, (ref PdfSyntax s) =>
        {
            s.ReadInteger("an object number");
            s.ReadInteger("a generation number");
            s.Expect("obj"u8, "after the object number");
            var parsed = s.ReadObject();
            s.Expect("stream"u8, $"after the dictionary of {what}");
            s.SkipStreamEol();
            return (parsed, s.FileOffset);
        });
        if (dictionary.Kind != PdfKind.Dictionary || dictionary["Length"]?.Integer is not { } length || length < 0)
        {
            throw new LabelFormatException($"PDF: {what} at byte {offset} has no direct /Length", offset);
        }

        if (length > reader.Limits.MaxItemBytes)
        {
            throw new LabelLimitException($"PDF: {what} at byte {offset} is {length} bytes, more than the {reader.Limits.MaxItemBytes}-byte limit");
        }

        var raw = reader.Get(dataStart, (int)length);
        return (dictionary, PdfStreamDecoder.Decode(dictionary, raw, offset, reader.Limits));
    }

    // Parses at a file offset from a small window first, growing it when the object runs past it.
    private T Parse<T>(long offset, SyntaxReader<T> read)
    {
        if (offset < 0 || offset >= reader.Length)
        {
            throw new LabelFormatException($"PDF: an offset points to byte {offset}, outside the file", offset, truncated: offset >= reader.Length);
        }

        foreach (var window in ParseWindows)
        {
            var count = (int)Math.Min(Math.Min(window, reader.Length - offset), reader.Limits.MaxItemBytes);
            var syntax = new PdfSyntax(reader.Get(offset, count), 0, offset);
            try
            {
                return read(ref syntax);
            }
            catch (PdfMoreNeededException) when (count < reader.Length - offset && count < reader.Limits.MaxItemBytes)
            {
            }
            catch (PdfMoreNeededException)
            {
                if (count == reader.Length - offset)
                {
                    throw new LabelFormatException($"PDF: the file ends inside the object at byte {offset}", reader.Length, truncated: true);
                }

                break;
            }
        }

        throw new LabelLimitException($"PDF: the object at byte {offset} is larger than {ParseWindows[^1]} bytes");
    }
}
