namespace AiRegOps.Azure.Watch;

/// <summary>Table keys from arbitrary text: '/', '\', '#' and '?' are not allowed in keys, so values are percent-encoded.</summary>
internal static class TableKeys
{
    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static string Decode(string key) => Uri.UnescapeDataString(key);

    /// <summary>An OData string literal for a filter.</summary>
    public static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
