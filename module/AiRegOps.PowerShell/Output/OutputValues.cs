using System.Collections;
using System.Globalization;
using System.Management.Automation;

namespace AiRegOps.PowerShell.Output;

/// <summary>
/// Turns one core value into what scripts read well: dates as yyyy-MM-dd, instants as ISO-8601, enums by name, lists as
/// <see cref="OutputList"/> and nested objects as output objects. Text is the same in every culture.
/// </summary>
internal static class OutputValues
{
    /// <summary>Deeper than this a value is written as its text: core objects are shallow, so only a cycle gets here.</summary>
    private const int MaxDepth = 12;

    public static object? Convert(object? value, int depth) => value switch
    {
        null => null,
        PSObject wrapped when wrapped.BaseObject is PSCustomObject => wrapped,
        PSObject wrapped => OutputObjects.Flatten(wrapped, depth),
        string or bool or char => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        Enum name => name.ToString(),
        byte[] bytes => System.Convert.ToHexStringLower(bytes),
        FileSystemInfo file => file.FullName,
        Guid or Uri or Version => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        _ when value.GetType().IsPrimitive || value is decimal => value,

        // A small value type with its own text (a content hash, a file:line:column, owner/name) reads best as that text.
        ValueType when OutputObjects.HasOwnToString(value.GetType()) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        _ when depth >= MaxDepth => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        IDictionary map => OutputObjects.FromDictionary(map, depth + 1),
        IEnumerable items => List(items, depth + 1),
        _ => OutputObjects.Flatten(value, depth + 1),
    };

    private static OutputList List(IEnumerable items, int depth)
    {
        var list = new OutputList(items is ICollection collection ? collection.Count : 4);
        foreach (var item in items)
        {
            list.Add(Convert(item, depth));
        }

        return list;
    }

    /// <summary>Values that read as one cell: text, numbers, dates, names.</summary>
    public static bool IsScalar(object? value) => value is string or bool or char or decimal || (value is not null && value.GetType().IsPrimitive);
}
