using System.Collections.Frozen;
using System.Text.Json;

namespace AiRegOps.Core;

/// <summary>The kebab-case names enums have in profiles, the catalogue and period keys ("function-added"), cached.</summary>
public static class KebabName<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static IEnumerable<string> All => Names.Values;

    public static string Of(TEnum value) => Names[value];

    public static bool TryParse(string name, out TEnum value) => Values.TryGetValue(name, out value);
}
