using System.Collections.Frozen;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// The kebab-case names an enum has in <c>airegops.yml</c>. Names are listed explicitly, not derived from member
/// names, because the file format is a published contract: renaming a C# member must not change what files mean.
/// </summary>
public sealed class EnumNameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> byName;
    private readonly FrozenDictionary<TEnum, string> byValue;

    public EnumNameTable(params (TEnum Value, string Name)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        byName = entries.ToFrozenDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        byValue = entries.ToFrozenDictionary(e => e.Value, e => e.Name);
        Names = [.. entries.Select(e => e.Name)];
        NameList = string.Join(", ", Names);
    }

    /// <summary>Every name, in declaration order (the order messages, the schema and the docs use).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names joined with commas, for messages.</summary>
    public string NameList { get; }

    public bool TryParse(string name, out TEnum value) => byName.TryGetValue(name, out value);

    public string ToName(TEnum value) =>
        byValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, "No name for this value.");
}
