using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRegOps.Core.IO;

/// <summary>
/// Reading and writing the small JSON files of the local state folder: camelCase, kebab-case enums, written
/// atomically; a damaged file is reported with its path, line and column, never silently replaced.
/// </summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JsonOutput.Options.Encoder,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static async Task<T?> ReadAsync<T>(string path, string expected, CancellationToken cancellationToken)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                var where = $"{path}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}";
                throw new ComplianceInputException(where, $"{expected} ({ex.Path}: {ex.Message})", innerException: ex);
            }
        }
    }

    public static void Write<T>(string path, T value) => AtomicFileWriter.Write(path, JsonSerializer.Serialize(value, Options) + "\n");
}
