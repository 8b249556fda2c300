using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace AiRegOps.Core.IO;

/// <summary>
/// How machine-readable outputs are written: indented, Chinese kept readable (not \u-escaped), HTML-sensitive
/// characters still escaped so a JSON file pasted into a page cannot break out of it.
/// </summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public static JsonArray Array(IEnumerable<JsonNode> values) => new([.. values.Select(v => (JsonNode?)v)]);
}
