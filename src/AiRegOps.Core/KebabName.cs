namespace AiRegOps.Core;

/// <summary>The kebab-case names enums have in profiles, the catalogue and period keys ("function-added"), cached.</summary>
/// <remarks>
/// Plain arrays searched linearly: the enums have a dozen members at most, and hashed collections over enum keys cost
/// a just-in-time compilation per enum type on first use, which a PowerShell session pays on its first cmdlet.
/// </remarks>
public static class KebabName<TEnum>
    where TEnum : struct, Enum
{
    // The non-generic Enum.GetValues and Enum.GetNames (both in value order) and a loop: their generic forms are
    // compiled by the JIT once per enum type.
    private static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
    private static readonly string[] Names = NamesOf(Enum.GetNames(typeof(TEnum)));

    public static IEnumerable<string> All => Names;

    private static string[] NamesOf(string[] memberNames)
    {
        var names = new string[memberNames.Length];
        for (var i = 0; i < memberNames.Length; i++)
        {
            names[i] = KebabCase.Of(memberNames[i]);
        }

        return names;
    }

    public static string Of(TEnum value)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(Values[i], value))
            {
                return Names[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");
    }

    public static bool TryParse(string name, out TEnum value)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}
