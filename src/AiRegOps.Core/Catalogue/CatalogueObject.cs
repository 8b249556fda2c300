using System.Text.Json;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Catalogue;

/// <summary>
/// One JSON object of the catalogue, read field by field: every property must be known, required ones present and of
/// the expected kind, and every problem names its JSON path.
/// </summary>
internal readonly struct CatalogueObject
{
    private readonly JsonElement element;
    private readonly string path;

    public CatalogueObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Problem(path, $"expected an object, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        this.element = element;
        this.path = path;
    }

    /// <summary>Refuses any property not in <paramref name="known"/>, so a misspelt field is never silently dropped.</summary>
    public void OnlyKnown(params string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                throw Problem($"{path}.{property.Name}", "unknown property");
            }
        }
    }

    public string String(string name) => OptionalString(name) ?? throw Problem(path, $"missing required property '{name}'");

    public string? OptionalString(string name) => Get(name) is { } value
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw Expected(name, "a string", value)
        : null;

    public int? OptionalInt(string name) => Get(name) is { } value
        ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Expected(name, "an integer", value)
        : null;

    public bool Bool(string name) => Get(name) is { } value
        ? value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Expected(name, "true or false", value)
        : false;

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return IsoDate.TryParse(text, out var date)
            ? date
            : throw Problem($"{path}.{name}", $"expected a date yyyy-MM-dd, found '{text}'");
    }

    public T Enum<T>(string name)
        where T : struct, Enum => OptionalEnum<T>(name) ?? throw Problem(path, $"missing required property '{name}'");

    public T? OptionalEnum<T>(string name)
        where T : struct, Enum
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return KebabName<T>.TryParse(text, out var value)
            ? value
            : throw Problem($"{path}.{name}", $"expected one of {string.Join(", ", KebabName<T>.All)}, found '{text}'");
    }

    public string Path => path;

    /// <summary>The raw element of an optional property, for readers of nested languages (conditions).</summary>
    public JsonElement? OptionalElement(string name) => Get(name);

    public CatalogueObject Object(string name) => OptionalObject(name) ?? throw Problem(path, $"missing required property '{name}'");

    public CatalogueObject? OptionalObject(string name) => Get(name) is { } value ? new CatalogueObject(value, $"{path}.{name}") : null;

    public List<T> List<T>(string name, Func<JsonElement, string, T> read)
    {
        var list = new List<T>();
        if (Get(name) is not { } value)
        {
            return list;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Expected(name, "an array", value);
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            list.Add(read(item, $"{path}.{name}[{index++}]"));
        }

        return list;
    }

    public List<T> EnumList<T>(string name)
        where T : struct, Enum => List(name, static (item, itemPath) =>
            item.ValueKind == JsonValueKind.String && KebabName<T>.TryParse(item.GetString()!, out var value)
                ? value
                : throw Problem(itemPath, $"expected one of {string.Join(", ", KebabName<T>.All)}, found {item}"));

    public List<string> StringList(string name) => List(name, static (item, itemPath) =>
        item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Problem(itemPath, $"expected a string, found {item.ValueKind.ToString().ToLowerInvariant()}"));

    public static CatalogueException Problem(string path, string message) => new($"{path}: {message}");

    private JsonElement? Get(string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private CatalogueException Expected(string name, string expected, JsonElement found) =>
        Problem($"{path}.{name}", $"expected {expected}, found {found.ValueKind.ToString().ToLowerInvariant()}");
}
