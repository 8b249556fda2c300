using System.Text;
using System.Text.Json;

namespace AiRegOps.Core.Safety;

/// <summary>
/// Walks the flat JSON object on one line: every field a string, none twice, no unknown ones. Field values come back
/// as UTF-8 spans (unescaped into a scratch buffer only when the value has escapes).
/// </summary>
internal ref struct JsonLineFields
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 2, CommentHandling = JsonCommentHandling.Disallow };
    private readonly string[] names;
    private readonly byte[] scratch;
    private readonly int maxValueBytes;
    private Utf8JsonReader reader;
    private int seen;
    private long? errorColumn;

    public JsonLineFields(ReadOnlySpan<byte> line, string[] names, byte[] scratch, int maxValueBytes)
    {
        reader = new Utf8JsonReader(line, Options);
        this.names = names;
        this.scratch = scratch;
        this.maxValueBytes = maxValueBytes;
    }

    /// <summary>Column (1-based, in bytes) of the token last read.</summary>
    public readonly long Column => errorColumn ?? reader.TokenStartIndex + 1;

    /// <summary>Field name of the problem last reported, when it concerns one field.</summary>
    public string? ErrorField { get; private set; }

    public string? Error { get; private set; }

    public bool Start()
    {
        if (!Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail(null, Error ?? "expected a JSON object such as {\"id\": \"...\", ...}");
        }

        return true;
    }

    /// <summary>
    /// The next field: its index in the known names and its value; false at the end of the object or on an error
    /// (<see cref="Error"/> set).
    /// </summary>
    public bool Next(out int field, out ReadOnlySpan<byte> value)
    {
        field = -1;
        value = default;
        if (!Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            // Anything after the object on the same line is a second record glued on: refuse it.
            if (Read())
            {
                return Fail(null, "text after the end of the JSON object");
            }

            return false;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                field = i;
                break;
            }
        }

        if (field < 0)
        {
            var unknown = reader.GetString() ?? string.Empty;
            var closest = Suggestions.Closest(unknown, names);
            return Fail(unknown, $"unknown field; expected {string.Join(", ", names)}{(closest is null ? string.Empty : $" (did you mean '{closest}'?)")}");
        }

        if ((seen & (1 << field)) != 0)
        {
            return Fail(names[field], "given twice");
        }

        seen |= 1 << field;
        if (!Read())
        {
            return Fail(names[field], Error ?? "missing value");
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return Fail(names[field], $"expected a string, found {Describe(reader.TokenType)}");
        }

        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            value = raw;
        }
        else
        {
            var written = raw.Length <= scratch.Length ? reader.CopyString(scratch) : int.MaxValue;
            if (written == int.MaxValue)
            {
                return Fail(names[field], $"longer than {maxValueBytes} bytes");
            }

            value = scratch.AsSpan(0, written);
        }

        if (value.Length > maxValueBytes)
        {
            return Fail(names[field], $"longer than {maxValueBytes} bytes");
        }

        // The JSON reader passes a string's bytes through unchecked: ids with broken UTF-8 would count as distinct.
        if (!System.Text.Unicode.Utf8.IsValid(value))
        {
            return Fail(names[field], "not valid UTF-8");
        }

        return true;
    }

    /// <summary>True when <paramref name="field"/> (its index) was given on this line.</summary>
    public readonly bool Has(int field) => (seen & (1 << field)) != 0;

    public bool Fail(string? field, string message)
    {
        errorColumn ??= reader.TokenStartIndex + 1;
        ErrorField ??= field;
        Error ??= message;
        return false;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => type.ToString().ToLowerInvariant(),
    };

    private bool Read()
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException ex)
        {
            errorColumn ??= (ex.BytePositionInLine ?? 0) + 1;
            Error ??= $"not valid JSON ({FirstSentence(ex.Message)})";
            return false;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    /// <summary>A value as a message shows it: one line (controls escaped, so it cannot start a CI log command), cut short.</summary>
    internal static string Text(ReadOnlySpan<byte> utf8) => TextSafety.ForMessage(Encoding.UTF8.GetString(utf8), 80);
}
