namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// The kebab-case names an enum has in <c>airegops.yml</c>. Names are listed explicitly, not derived from member
/// names, because the file format is a published contract: renaming a C# member must not change what files mean.
/// The tables are small arrays searched in order: hashed collections keyed by an enum cost a just-in-time compilation
/// per enum type on first use, which a PowerShell session pays on its first cmdlet.
/// </summary>
public sealed class EnumNameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Name)[] entries;

    public EnumNameTable(params (TEnum Value, string Name)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        // Copied without LINQ or spans over the tuple type: each would be one more method compiled on first use.
        this.entries = ((TEnum Value, string Name)[])entries.Clone();
        var names = new string[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            names[i] = entries[i].Name;
        }

        Names = names;
        NameList = string.Join(", ", Names);
    }

    /// <summary>Every name, in declaration order (the order messages, the schema and the docs use).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names joined with commas, for messages.</summary>
    public string NameList { get; }

    public bool TryParse(string name, out TEnum value)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public string ToName(TEnum value)
    {
        foreach (var entry in entries)
        {
            if (EqualityComparer<TEnum>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No name for this value.");
    }
}
