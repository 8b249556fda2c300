using System.Text.Json;

namespace AiRegOps.Core.Catalogue;

/// <summary>
/// Parses one JSON data file (the obligation catalogue, a threshold set) and runs its reader, so that every problem
/// names the file: a syntax error with its line and column, a reader error with its JSON path.
/// </summary>
internal static class CatalogueJson
{
    /// <exception cref="CatalogueException">The JSON is malformed or the reader refused it.</exception>
    public static T Read<T>(Stream json, string sourceName, Func<JsonElement, T> reader)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return reader(parsed.RootElement);
        }
        catch (JsonException ex)
        {
            throw new CatalogueException($"{sourceName}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}: {ex.Message}", ex);
        }
        catch (CatalogueException ex)
        {
            throw new CatalogueException($"{sourceName}: {ex.Message}", ex);
        }
    }
}
