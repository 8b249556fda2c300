using System.Text;
using System.Text.Json;

namespace AiRegOps.Core.Watch;

/// <summary>
/// A JSON value with the line and column where it starts. System.Text.Json's DOM keeps no positions, so messages
/// could not say where a bad value is; this small tree is built from <see cref="Utf8JsonReader"/> offsets instead.
/// </summary>
internal sealed class PositionedJson
{
    private PositionedJson(JsonNodeKind kind, string path, int line, int column)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
    }

    public JsonNodeKind Kind { get; }
    public string Path { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>The string's value, or the number's text.</summary>
    public string? Text { get; private set; }

    public bool Boolean { get; private set; }

    public List<(string Name, PositionedJson Value)> Properties { get; } = [];
    public List<PositionedJson> Items { get; } = [];

    public string Describe() => Kind switch
    {
        JsonNodeKind.String => $"the string \"{Shorten(Text!)}\"",
        JsonNodeKind.Number => $"the number {Text}",
        JsonNodeKind.Boolean => Boolean ? "true" : "false",
        JsonNodeKind.Null => "null",
        JsonNodeKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>Parses <paramref name="utf8"/>; a syntax error throws <see cref="DeploymentEventException"/> with its position.</summary>
    public static PositionedJson Parse(ReadOnlySpan<byte> utf8)
    {
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 32 });
        try
        {
            if (!reader.Read())
            {
                throw new DeploymentEventException([new DeploymentEventError("$", 1, 1, "expected a JSON object, found an empty message")]);
            }

            var root = ReadValue(ref reader, "$", lines, utf8);
            if (reader.Read())
            {
                var (line, column) = lines.Position(utf8, reader.TokenStartIndex);
                throw new DeploymentEventException([new DeploymentEventError("$", line, column, "expected the end of the message after the event object")]);
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new DeploymentEventException([new DeploymentEventError(ex.Path is { Length: > 0 } p ? p : "$", line, column, $"not valid JSON: {FirstSentence(ex.Message)}")]);
        }
    }

    private static PositionedJson ReadValue(ref Utf8JsonReader reader, string path, LineIndex lines, ReadOnlySpan<byte> utf8)
    {
        var (line, column) = lines.Position(utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new PositionedJson(JsonNodeKind.Object, path, line, column);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var (nameLine, nameColumn) = lines.Position(utf8, reader.TokenStartIndex);
                    var childPath = IsPlain(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
                    if (obj.Properties.Exists(p => p.Name == name))
                    {
                        throw new DeploymentEventException([new DeploymentEventError(childPath, nameLine, nameColumn, $"property '{name}' appears twice")]);
                    }

                    reader.Read();
                    obj.Properties.Add((name, ReadValue(ref reader, childPath, lines, utf8)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new PositionedJson(JsonNodeKind.Array, path, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, $"{path}[{array.Items.Count}]", lines, utf8));
                }

                return array;
            case JsonTokenType.String:
                return new PositionedJson(JsonNodeKind.String, path, line, column) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedJson(JsonNodeKind.Number, path, line, column) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new PositionedJson(JsonNodeKind.Boolean, path, line, column) { Boolean = reader.TokenType == JsonTokenType.True };
            default:
                return new PositionedJson(JsonNodeKind.Null, path, line, column);
        }
    }

    private static bool IsPlain(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    // Shown in errors that reach logs: one line, escaped, short.
    private static string Shorten(string text) => TextSafety.ForMessage(text, 60);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    /// <summary>Byte offsets to 1-based lines and columns (columns count characters, not bytes).</summary>
    private sealed class LineIndex
    {
        private readonly List<int> starts = [0];

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(ReadOnlySpan<byte> utf8, long offset)
        {
            var index = starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = Encoding.UTF8.GetCharCount(utf8[starts[line]..(int)offset]) + 1;
            return (line + 1, column);
        }
    }
}
