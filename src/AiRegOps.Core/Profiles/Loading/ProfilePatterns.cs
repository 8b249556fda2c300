namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// The text patterns of <c>airegops.yml</c>. The JSON Schema repeats them verbatim (a test checks), so an editor
/// and the loader agree on what is legal.
/// </summary>
public static class ProfilePatterns
{
    /// <summary>A DNS-label-like service name: it becomes part of issue titles, labels and evidence keys.</summary>
    public const string ServiceName = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";

    /// <summary>A GitHub login (optionally with @) or an @org/team slug, as CODEOWNERS writes them.</summary>
    public const string Owner = "^(@?[A-Za-z0-9](-?[A-Za-z0-9]){0,38}|@[A-Za-z0-9](-?[A-Za-z0-9]){0,38}/[A-Za-z0-9][A-Za-z0-9_-]{0,99})$";

    /// <summary>The 18-character unified social credit code (GB 32100-2015): digits and capitals without I, O, Z, S, V.</summary>
    public const string CreditCode = "^[0-9A-HJ-NPQRTUWXY]{18}$";

    /// <summary>A yyyy-MM-dd date between 2000-01-01 and 2099-12-31 (the calendar check is the loader's).</summary>
    public const string Date = "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    // The loader checks the patterns by hand; a test holds each check to its pattern. A generated regex's first use
    // in this assembly builds the search tables of every generated regex in it, which cost about 10 ms of the first
    // profile a PowerShell session reads.

    /// <summary>Matches <see cref="ServiceName"/>.</summary>
    internal static bool IsServiceName(string text)
    {
        if (text.Length is 0 or > 63 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsLowerAlphanumeric(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Matches <see cref="Owner"/>: a login with an optional @, or @org/team.</summary>
    internal static bool IsOwner(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return IsLogin(text.StartsWith('@') ? text.AsSpan(1) : text);
        }

        var team = text.AsSpan(slash + 1);
        if (!text.StartsWith('@') || !IsLogin(text.AsSpan(1, slash - 1)) || team.Length is 0 or > 100 || !char.IsAsciiLetterOrDigit(team[0]))
        {
            return false;
        }

        foreach (var c in team)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Matches <see cref="CreditCode"/>.</summary>
    internal static bool IsCreditCode(string text)
    {
        if (text.Length != 18)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && (c is < 'A' or > 'Y' || c is 'I' or 'O' or 'S' or 'V' or 'Z'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    // [A-Za-z0-9](-?[A-Za-z0-9]){0,38}: 1 to 39 letters and digits, single hyphens between them.
    private static bool IsLogin(ReadOnlySpan<char> login)
    {
        if (login.IsEmpty || !char.IsAsciiLetterOrDigit(login[0]) || !char.IsAsciiLetterOrDigit(login[^1]))
        {
            return false;
        }

        var alphanumerics = 0;
        for (var i = 0; i < login.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(login[i]))
            {
                alphanumerics++;
            }
            else if (login[i] != '-' || login[i - 1] == '-')
            {
                return false;
            }
        }

        return alphanumerics <= 39;
    }
}
