using System.Text.RegularExpressions;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// The text patterns of <c>airegops.yml</c>. The JSON Schema repeats them verbatim (a test checks), so an editor
/// and the loader agree on what is legal.
/// </summary>
public static partial class ProfilePatterns
{
    /// <summary>A DNS-label-like service name: it becomes part of issue titles, labels and evidence keys.</summary>
    public const string ServiceName = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";

    /// <summary>A GitHub login (optionally with @) or an @org/team slug, as CODEOWNERS writes them.</summary>
    public const string Owner = "^(@?[A-Za-z0-9](-?[A-Za-z0-9]){0,38}|@[A-Za-z0-9](-?[A-Za-z0-9]){0,38}/[A-Za-z0-9][A-Za-z0-9_-]{0,99})$";

    /// <summary>The 18-character unified social credit code (GB 32100-2015): digits and capitals without I, O, Z, S, V.</summary>
    public const string CreditCode = "^[0-9A-HJ-NPQRTUWXY]{18}$";

    /// <summary>A yyyy-MM-dd date between 2000-01-01 and 2099-12-31 (the calendar check is the loader's).</summary>
    public const string Date = "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    [GeneratedRegex(ServiceName, RegexOptions.CultureInvariant)]
    internal static partial Regex ServiceNameRegex();

    [GeneratedRegex(Owner, RegexOptions.CultureInvariant)]
    internal static partial Regex OwnerRegex();

    [GeneratedRegex(CreditCode, RegexOptions.CultureInvariant)]
    internal static partial Regex CreditCodeRegex();
}
