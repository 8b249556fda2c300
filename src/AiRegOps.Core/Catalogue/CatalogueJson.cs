using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiRegOps.Core.Catalogue;

/// <summary>The JSON conventions of the embedded catalogue: camelCase properties, kebab-case enums, nothing unknown.</summary>
internal static class CatalogueJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        // Explicit, so hosts that switch off reflection-based serialisation by default still read the catalogue.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
