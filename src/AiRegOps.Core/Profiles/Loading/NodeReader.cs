using System.Globalization;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Typed reads of single nodes with precise messages. Each read reports its own error and returns null, so the
/// caller carries on and the run collects every problem.
/// </summary>
internal sealed class NodeReader
{
    private static readonly DateOnly EarliestDate = new(2000, 1, 1);
    private static readonly DateOnly LatestDate = new(2099, 12, 31);

    public NodeReader(ErrorCollector errors)
    {
        Errors = errors;
    }

    public ErrorCollector Errors { get; }

    public static string Join(string path, string key) => path.Length == 0 ? key : string.Concat(path, ".", key);

    public static string Index(string path, int index) => string.Concat(path, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    public MappingNode? Mapping(Node node, string path)
    {
        if (node is MappingNode mapping)
        {
            return mapping;
        }

        Errors.Add(node, path, $"expected a mapping, got {node.Describe()}");
        return null;
    }

    public SequenceNode? Sequence(Node node, string path)
    {
        if (node is SequenceNode sequence)
        {
            return sequence;
        }

        var hint = node is ScalarNode { IsNull: false } ? " (write [value] or a '- value' item for a single value)" : string.Empty;
        Errors.Add(node, path, $"expected a list, got {node.Describe()}{hint}");
        return null;
    }

    /// <summary>A non-blank string. Plain numbers are accepted as text: a name like 2025 is still a name.</summary>
    public string? String(Node node, string path)
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            if (!string.IsNullOrWhiteSpace(scalar.Value))
            {
                return scalar.Value;
            }

            Errors.Add(node, path, "expected a non-empty string, got an empty string");
            return null;
        }

        Errors.Add(node, path, $"expected a string, got {node.Describe()}");
        return null;
    }

    /// <summary>Only plain true and false: yes/no/on/off are YAML 1.1 booleans that YAML 1.2 tools read as strings.</summary>
    public bool? Boolean(Node node, string path)
    {
        if (node is ScalarNode { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true":
                    return true;
                case "false":
                    return false;
            }
        }

        var quoted = node is ScalarNode { IsPlain: false, Value: "true" or "false" } ? " in quotes (remove the quotes)" : string.Empty;
        Errors.Add(node, path, $"expected true or false, got {node.Describe()}{quoted}");
        return null;
    }

    public int? Integer(Node node, string path, int minimum, int maximum)
    {
        if (node is ScalarNode { IsPlain: true } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= minimum && value <= maximum)
        {
            return value;
        }

        Errors.Add(node, path, $"expected an integer from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}, got {node.Describe()}");
        return null;
    }

    /// <summary>
    /// Dates are yyyy-MM-dd only: other forms are ambiguous across locales, and every deadline depends on them.
    /// The loader has no clock, so dates in the future are legal; the schedule judges them against its as-of date.
    /// </summary>
    public DateOnly? Date(Node node, string path)
    {
        if (node is not ScalarNode { IsNull: false } scalar || !LooksLikeDate(scalar.Value))
        {
            Errors.Add(node, path, $"expected a date in the form yyyy-MM-dd, got {node.Describe()}");
            return null;
        }

        if (!IsoDate.TryParse(scalar.Value, out var date))
        {
            Errors.Add(node, path, $"expected a date in the form yyyy-MM-dd, got {Quote(scalar.Value)}, which is not a calendar date");
            return null;
        }

        if (date < EarliestDate || date > LatestDate)
        {
            Errors.Add(node, path, $"expected a date from 2000-01-01 to 2099-12-31, got {Quote(scalar.Value)}");
            return null;
        }

        return date;
    }

    public TEnum? Enum<TEnum>(Node node, string path, EnumNameTable<TEnum> table)
        where TEnum : struct, System.Enum
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            if (table.TryParse(scalar.Value, out var value))
            {
                return value;
            }

            Errors.Add(node, path, $"expected one of: {table.NameList}; got {Quote(scalar.Value)}.{DidYouMean(scalar.Value, table.Names)}");
            return null;
        }

        Errors.Add(node, path, $"expected one of: {table.NameList}; got {node.Describe()}");
        return null;
    }

    /// <summary>Reads a list of objects or strings; <paramref name="unique"/> reports repeated values, which are always a slip.</summary>
    public IReadOnlyList<T> List<T>(Node node, string path, Func<Node, string, T?> item, bool unique = false)
        where T : class =>
        ListCore(node, path, (n, p) => item(n, p) is { } value ? (true, value) : (false, default!), unique);

    /// <summary>Reads a list of values (enums, dates, years); <paramref name="unique"/> reports repeated values.</summary>
    /// <remarks>
    /// Built in arrays and compared boxed: a list, a tuple or an equality comparer over a value type is generic code
    /// from the framework that ReadyToRun cannot precompile for it, and each was compiled on a session's first profile.
    /// </remarks>
    public IReadOnlyList<T> ValueList<T>(Node node, string path, Func<Node, string, T?> item, bool unique = false)
        where T : struct
    {
        var sequence = Sequence(node, path);
        if (sequence is null || sequence.Items.Count == 0)
        {
            return [];
        }

        var values = new T[sequence.Items.Count];
        var seen = unique ? new object[sequence.Items.Count] : null;
        var sourceIndexes = unique ? new int[sequence.Items.Count] : null;
        var count = 0;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemNode = sequence.Items[i];
            var itemPath = Index(path, i);
            if (item(itemNode, itemPath) is not { } value)
            {
                continue;
            }

            if (seen is not null && sourceIndexes is not null)
            {
                object boxed = value;
                var first = FirstEqual(seen, count, boxed);
                if (first >= 0)
                {
                    Errors.Add(itemNode, itemPath, $"duplicate value {itemNode.Describe()}; already listed as {Index(path, sourceIndexes[first])}");
                    continue;
                }

                seen[count] = boxed;
                sourceIndexes[count] = i;
            }

            values[count++] = value;
        }

        if (count == values.Length)
        {
            return values;
        }

        var read = new T[count];
        Array.Copy(values, read, count);
        return read;
    }

    public IReadOnlyList<T> EnumList<T>(Node node, string path, EnumNameTable<T> table)
        where T : struct, System.Enum =>
        ValueList(node, path, (n, p) => Enum(n, p, table), unique: true);

    /// <summary>A mapping's key as text; complex keys (lists or mappings as keys) are never legal in a profile.</summary>
    public string? Key(MappingEntry entry, string path)
    {
        if (entry.Key is not ScalarNode { IsNull: false } key)
        {
            Errors.Add(entry.Key, path, $"expected a plain key, got {entry.Key.Describe()}");
            return null;
        }

        if (entry.DuplicateOf is { } first)
        {
            Errors.Add(key, Join(path, key.Value), $"duplicate key {Quote(key.Value)}; first defined at line {first.Line.ToString(CultureInfo.InvariantCulture)}, column {first.Column.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return key.Value;
    }

    public void UnknownKey(MappingEntry entry, string path, string key, IReadOnlyList<string> known)
    {
        var suggestion = Suggestions.Closest(key, known);
        var message = suggestion is null
            ? $"unknown key {Quote(key)}; expected one of: {string.Join(", ", known)}"
            : $"unknown key {Quote(key)}. Did you mean '{suggestion}'?";
        Errors.Add(entry.Key, Join(path, key), message);
    }

    public void Missing(MappingNode mapping, string path, string key) =>
        Errors.Add(mapping, Join(path, key), $"missing required key '{key}'");

    /// <summary>
    /// A value from the file as a message shows it: quoted, on one line (controls escaped, so a value holding
    /// <c>\n::error</c> cannot start a CI log command), and cut to <see cref="ScalarNode.MaxShown"/> characters so the
    /// rest of the message survives the message's own cut.
    /// </summary>
    public static string Quote(string value) => $"'{TextSafety.ForMessage(value, ScalarNode.MaxShown)}'";

    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Suggestions.Closest(value, candidates) is { } suggestion ? $" Did you mean '{suggestion}'?" : string.Empty;

    private IReadOnlyList<T> ListCore<T>(Node node, string path, Func<Node, string, (bool Ok, T Value)> item, bool unique)
    {
        var sequence = Sequence(node, path);
        if (sequence is null || sequence.Items.Count == 0)
        {
            return [];
        }

        var result = new List<T>(sequence.Items.Count);
        var sourceIndexes = unique ? new List<int>(sequence.Items.Count) : null;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemNode = sequence.Items[i];
            var itemPath = Index(path, i);
            var (ok, value) = item(itemNode, itemPath);
            if (!ok)
            {
                continue;
            }

            if (sourceIndexes is not null)
            {
                var first = result.IndexOf(value);
                if (first >= 0)
                {
                    Errors.Add(itemNode, itemPath, $"duplicate value {itemNode.Describe()}; already listed as {Index(path, sourceIndexes[first])}");
                    continue;
                }

                sourceIndexes.Add(i);
            }

            result.Add(value);
        }

        return result;
    }

    private static int FirstEqual(object[] values, int count, object value)
    {
        for (var i = 0; i < count; i++)
        {
            if (value.Equals(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikeDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
        && char.IsAsciiDigit(text[5]) && char.IsAsciiDigit(text[6]) && char.IsAsciiDigit(text[8]) && char.IsAsciiDigit(text[9]);
}
