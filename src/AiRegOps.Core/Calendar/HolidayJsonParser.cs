using System.Globalization;
using System.Text.Json;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Calendar;

/// <summary>
/// A hand-rolled reader over <see cref="Utf8JsonReader"/> rather than a deserializer, because every error must
/// carry the line, column and JSON path of the offending token, including the checks that span several
/// values (a duplicate date, a date outside its notice's year, a second notice for a year).
/// </summary>
internal sealed class HolidayJsonParser
{
    private const string ExpectedTopLevel =
        "expected a holiday notice ({\"year\", \"papers\", \"days\"}), an array of notices, or a combined file ({\"years\": [...]})";

    private const string ExpectedOffDay = "expected true (a day off) or false (a make-up working day)";

    private const string ExpectedDate = "expected a date in the form yyyy-MM-dd";

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    private readonly byte[] bytes;
    private readonly int bodyStart;
    private readonly string source;
    // The years read so far, each with where its notice starts (a scan: a notice per year, a dozen or two years).
    private readonly List<NoticeYear> yearsRead = [];

    // Where the reader is, so that a syntax error reported by Utf8JsonReader can name a JSON path too. Kept as a parent
    // path and a property name, joined only when an error needs it: the embedded calendar has hundreds of days, and
    // it is read on the first command of every PowerShell session.
    private string currentParent = "$";
    private string? currentProperty;

    private string CurrentPath
    {
        get => currentProperty is null ? currentParent : Child(currentParent, currentProperty);
        set => (currentParent, currentProperty) = (value, null);
    }

    public HolidayJsonParser(byte[] bytes, string source)
    {
        this.bytes = bytes;
        this.source = source;

        // Utf8JsonReader rejects a byte-order mark; editors on Windows like to write one.
        bodyStart = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
    }

    private ReadOnlySpan<byte> Body => bytes.AsSpan(bodyStart);

    public IReadOnlyList<HolidayNotice> Parse()
    {
        if (Body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Error(0, "$", "the file is empty; " + ExpectedTopLevel);
        }

        var reader = new Utf8JsonReader(Body, Options);
        var notices = new List<HolidayNotice>();
        try
        {
            Next(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    ReadTopLevelObject(ref reader, notices);
                    break;
                case JsonTokenType.StartArray:
                    ReadNoticeArray(ref reader, "$", notices);
                    break;
                default:
                    throw Error(reader.TokenStartIndex, "$", $"{ExpectedTopLevel}, found {Describe(ref reader)}");
            }

            // Anything after the top-level value other than whitespace or comments is a syntax error from the reader.
            CurrentPath = "$";
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            throw SyntaxError(ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("UTF-8", StringComparison.Ordinal))
        {
            // Utf8JsonReader validates UTF-8 only when a string is read, and says so with InvalidOperationException.
            throw new HolidayDataException($"{source}: the holiday file is not valid UTF-8 text.", ex);
        }

        return notices;
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string {JsonSerializer.Serialize(reader.GetString())}",
        JsonTokenType.Number => $"the number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    private static string Child(string parent, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return name.Length == 0 ? $"{parent}['']" : $"{parent}.{name}";
    }

    private static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    // The reader is constructed over the whole buffer as the final block, so a missing token is a syntax error it reports.
    private static void Next(ref Utf8JsonReader reader) => reader.Read();

    private void ReadTopLevelObject(ref Utf8JsonReader reader, List<HolidayNotice> notices)
    {
        var parts = new NoticeParts(reader.TokenStartIndex, "$");
        var names = new HashSet<string>(StringComparer.Ordinal);
        long? combinedAt = null;
        var hasYears = false;
        while (true)
        {
            CurrentPath = "$";
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var (name, path) = PropertyName(ref reader, "$", names);
            var nameAt = reader.TokenStartIndex;
            Next(ref reader);
            switch (name)
            {
                case "source":
                case "license":
                    combinedAt ??= nameAt;
                    ReadString(ref reader, path, $"expected the {name} as a string");
                    break;
                case "years":
                    combinedAt ??= nameAt;
                    hasYears = true;
                    ReadNoticeArray(ref reader, path, notices);
                    break;
                default:
                    if (!ReadNoticeProperty(ref reader, name, path, parts))
                    {
                        throw Error(nameAt, path, $"unexpected property '{name}'; expected year, papers and days (a holiday notice) or years (a combined file)");
                    }

                    break;
            }
        }

        if (combinedAt is { } at)
        {
            if (parts.HasAny)
            {
                throw Error(at, "$", "this object mixes a combined file (source, license, years) with a single notice (year, papers, days); use one or the other");
            }

            if (!hasYears)
            {
                throw Error(parts.ObjectAt, "$", "years is missing; expected the notices as an array of {\"year\", \"papers\", \"days\"}");
            }

            return;
        }

        notices.Add(Build(parts));
    }

    private void ReadNoticeArray(ref Utf8JsonReader reader, string path, List<HolidayNotice> notices)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(reader.TokenStartIndex, path, $"expected an array of holiday notices, found {Describe(ref reader)}");
        }

        for (var i = 0; ; i++)
        {
            CurrentPath = Index(path, i);
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            notices.Add(ReadNotice(ref reader, Index(path, i)));
        }
    }

    private HolidayNotice ReadNotice(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(reader.TokenStartIndex, path, $"expected a holiday notice ({{\"year\", \"papers\", \"days\"}}), found {Describe(ref reader)}");
        }

        var parts = new NoticeParts(reader.TokenStartIndex, path);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            CurrentPath = path;
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return Build(parts);
            }

            var (name, propertyPath) = PropertyName(ref reader, path, names);
            var nameAt = reader.TokenStartIndex;
            Next(ref reader);
            if (!ReadNoticeProperty(ref reader, name, propertyPath, parts))
            {
                throw Error(nameAt, propertyPath, $"unexpected property '{name}'; expected year, papers and days");
            }
        }
    }

    // Reads one property of a notice object; false when the name is not one a notice has.
    private bool ReadNoticeProperty(ref Utf8JsonReader reader, string name, string path, NoticeParts parts)
    {
        switch (name)
        {
            // holiday-cn's files carry their JSON Schema and id; an editor may add a comment.
            case "$schema":
            case "$id":
            case "$comment":
                ReadString(ref reader, path, $"expected {name} as a string");
                return true;
            case "year":
                parts.HasAny = true;
                parts.YearAt = reader.TokenStartIndex;
                parts.YearPath = path;
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var year) || year < 1900 || year > 9999)
                {
                    throw Error(reader.TokenStartIndex, path, $"expected the year as a whole number from 1900 to 9999, found {Describe(ref reader)}");
                }

                parts.Year = year;
                return true;
            case "papers":
                parts.HasAny = true;
                parts.Papers = ReadPapers(ref reader, path);
                return true;
            case "days":
                parts.HasAny = true;
                parts.Days = ReadDays(ref reader, path);
                return true;
            default:
                return false;
        }
    }

    private List<string> ReadPapers(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(reader.TokenStartIndex, path, $"expected the notice's document addresses as an array of strings (empty if it is not published yet), found {Describe(ref reader)}");
        }

        var papers = new List<string>();
        for (var i = 0; ; i++)
        {
            CurrentPath = Index(path, i);
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return papers;
            }

            papers.Add(ReadString(ref reader, Index(path, i), "expected a document address (a string)"));
        }
    }

    private List<ParsedDay> ReadDays(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(reader.TokenStartIndex, path, $"expected the notice's days as an array of {{\"name\", \"date\", \"isOffDay\"}} (empty if it is not published yet), found {Describe(ref reader)}");
        }

        var days = new List<ParsedDay>();
        for (var i = 0; ; i++)
        {
            var dayPath = Index(path, i);
            CurrentPath = dayPath;
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return days;
            }

            days.Add(ReadDay(ref reader, dayPath));
        }
    }

    private ParsedDay ReadDay(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(reader.TokenStartIndex, path, $"expected a day ({{\"name\", \"date\", \"isOffDay\"}}), found {Describe(ref reader)}");
        }

        var objectAt = reader.TokenStartIndex;
        var seen = DayProperties.None;
        string? name = null;
        DateOnly? date = null;
        long dateAt = 0;
        bool? isOffDay = null;
        while (true)
        {
            CurrentPath = path;
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            // A day's three names are compared as UTF-8 and their paths built only for an error, which is all that
            // needs them; any other name is an error at once, so only the three can come twice.
            var property = DayProperty(ref reader, out var propertyName);
            if ((seen & property) != 0)
            {
                throw Error(reader.TokenStartIndex, Child(path, propertyName), $"'{propertyName}' appears twice in this object");
            }

            seen |= property;
            (currentParent, currentProperty) = (path, propertyName);
            var nameAt = reader.TokenStartIndex;
            Next(ref reader);
            switch (property)
            {
                case DayProperties.Name:
                    name = reader.TokenType == JsonTokenType.String
                        ? reader.GetString()!
                        : throw Error(reader.TokenStartIndex, Child(path, propertyName), $"expected the holiday's name as a string (e.g. \"春节\"), found {Describe(ref reader)}");
                    if (name.Length == 0)
                    {
                        throw Error(reader.TokenStartIndex, Child(path, propertyName), "expected the holiday's name (e.g. \"春节\"), found an empty string");
                    }

                    break;
                case DayProperties.Date:
                    dateAt = reader.TokenStartIndex;
                    var text = reader.TokenType == JsonTokenType.String
                        ? reader.GetString()!
                        : throw Error(reader.TokenStartIndex, Child(path, propertyName), $"{ExpectedDate}, found {Describe(ref reader)}");
                    if (!IsoDate.TryParse(text, out var parsed))
                    {
                        throw Error(dateAt, Child(path, propertyName), $"{ExpectedDate}, found {JsonSerializer.Serialize(text)}");
                    }

                    date = parsed;
                    break;
                case DayProperties.IsOffDay:
                    if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    {
                        throw Error(reader.TokenStartIndex, Child(path, propertyName), $"{ExpectedOffDay}, found {Describe(ref reader)}");
                    }

                    isOffDay = reader.GetBoolean();
                    break;
                default:
                    throw Error(nameAt, Child(path, propertyName), $"unexpected property '{propertyName}'; expected name, date and isOffDay");
            }
        }

        if (date is null)
        {
            throw Error(objectAt, path, $"date is missing; {ExpectedDate}");
        }

        if (name is null)
        {
            throw Error(objectAt, path, "name is missing; expected the holiday's name (e.g. \"春节\")");
        }

        if (isOffDay is null)
        {
            throw Error(objectAt, path, $"isOffDay is missing; {ExpectedOffDay}");
        }

        return new ParsedDay(new HolidayDay(date.Value, name, isOffDay.Value), dateAt, path);
    }

    private (string Name, string Path) PropertyName(ref Utf8JsonReader reader, string parent, HashSet<string> seen)
    {
        // The reader guarantees a property name here; anything else is a syntax error it has already thrown.
        var name = reader.GetString()!;
        var path = Child(parent, name);
        if (!seen.Add(name))
        {
            throw Error(reader.TokenStartIndex, path, $"'{name}' appears twice in this object");
        }

        CurrentPath = path;
        return (name, path);
    }

    private string ReadString(ref Utf8JsonReader reader, string path, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw Error(reader.TokenStartIndex, path, $"{expected}, found {Describe(ref reader)}");

    // Checks that need the whole notice: what is required, and that each day belongs to the notice once.
    private HolidayNotice Build(NoticeParts parts)
    {
        if (parts.Year is not { } year)
        {
            throw Error(parts.ObjectAt, parts.Path, "year is missing; expected the year the notice is for (e.g. 2026)");
        }

        if (parts.Papers is null)
        {
            throw Error(parts.ObjectAt, parts.Path, "papers is missing; expected the notice's document addresses (an empty array if it is not published yet)");
        }

        if (parts.Days is null)
        {
            throw Error(parts.ObjectAt, parts.Path, "days is missing; expected the days the notice makes off or working (an empty array if it is not published yet)");
        }

        var days = parts.Days;
        var holidayDays = new HolidayDay[days.Count];
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var date = day.Day.Date;
            if (!HolidayNotice.MayName(year, date))
            {
                throw Error(day.DateAt, Child(day.DayPath, "date"), string.Create(
                    CultureInfo.InvariantCulture,
                    $"{date:yyyy-MM-dd} is outside the {year} notice; expected a date in {year}, or in December {year - 1} for a New Year holiday that starts early"));
            }

            var first = days.FindIndex(0, i, d => d.Day.Date == date);
            if (first >= 0)
            {
                var (line, column) = Position(days[first].DateAt);
                throw Error(day.DateAt, Child(day.DayPath, "date"), string.Create(
                    CultureInfo.InvariantCulture,
                    $"{date:yyyy-MM-dd} is listed twice in the {year} notice (first at line {line}, column {column}); expected each date once"));
            }

            holidayDays[i] = day.Day;
        }

        var earlier = yearsRead.Find(y => y.Year == year);
        if (earlier is not null)
        {
            var (line, column) = Position(earlier.At);
            throw Error(parts.YearAt, parts.YearPath, string.Create(
                CultureInfo.InvariantCulture,
                $"a second notice for {year} (the first is at line {line}, column {column}); expected one notice per year"));
        }

        yearsRead.Add(new NoticeYear(year, parts.YearAt));
        return new HolidayNotice(year, parts.Papers, holidayDays);
    }

    private HolidayDataException Error(long offset, string path, string problem)
    {
        var (line, column) = Position(offset);
        return new HolidayDataException(source, line, column, path, problem);
    }

    private HolidayDataException SyntaxError(JsonException ex)
    {
        // Utf8JsonReader counts lines from 0 and positions in bytes; people count both from 1, in characters.
        var line = (int)(ex.LineNumber ?? 0);
        var lineStart = 0;
        for (var seen = 0; seen < line && lineStart < Body.Length; lineStart++)
        {
            if (Body[lineStart] == (byte)'\n')
            {
                seen++;
            }
        }

        var offset = Math.Min(lineStart + (int)(ex.BytePositionInLine ?? 0), Body.Length);
        var (l, column) = Position(offset);
        var detail = ex.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            detail = detail[..cut];
        }

        // Advice meant for the programmer calling System.Text.Json, not for someone editing the file.
        detail = detail.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);

        return new HolidayDataException(source, l, column, CurrentPath, $"the file is not valid JSON: {detail}", ex);
    }

    // 1-based line and column (in characters, not UTF-8 bytes) of a byte offset into the body.
    private (int Line, int Column) Position(long offset)
    {
        var body = Body;
        var end = (int)Math.Min(offset, body.Length);
        var line = 1;
        var column = 1;
        for (var i = 0; i < end; i++)
        {
            var b = body[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    // Ifs rather than a tuple: a value tuple over the assembly's own enum is compiled by the JIT on first use.
    private static DayProperties DayProperty(ref Utf8JsonReader reader, out string name)
    {
        if (reader.ValueTextEquals("name"u8))
        {
            name = "name";
            return DayProperties.Name;
        }

        if (reader.ValueTextEquals("date"u8))
        {
            name = "date";
            return DayProperties.Date;
        }

        if (reader.ValueTextEquals("isOffDay"u8))
        {
            name = "isOffDay";
            return DayProperties.IsOffDay;
        }

        name = reader.GetString()!;
        return DayProperties.Unknown;
    }

    [Flags]
    private enum DayProperties
    {
        None = 0,
        Name = 1,
        Date = 2,
        IsOffDay = 4,
        Unknown = 8,
    }

    // Classes, not structs: a list of a struct of the assembly's own is compiled by the JIT on first use.
    private sealed record ParsedDay(HolidayDay Day, long DateAt, string DayPath);

    private sealed record NoticeYear(int Year, long At);

    private sealed class NoticeParts(long objectAt, string path)
    {
        public long ObjectAt { get; } = objectAt;

        public string Path { get; } = path;

        public bool HasAny { get; set; }

        public int? Year { get; set; }

        public long YearAt { get; set; }

        public string YearPath { get; set; } = path;

        public List<string>? Papers { get; set; }

        public List<ParsedDay>? Days { get; set; }
    }
}
