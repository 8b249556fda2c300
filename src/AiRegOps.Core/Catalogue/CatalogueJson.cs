using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRegOps.Core.Catalogue;

/// <summary>The JSON conventions of the embedded catalogue: camelCase properties, kebab-case enums, nothing unknown.</summary>
internal static class CatalogueJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        TypeInfoResolver = CatalogueJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
