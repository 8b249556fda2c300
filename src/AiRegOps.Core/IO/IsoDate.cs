namespace AiRegOps.Core.IO;

/// <summary>
/// Reads a calendar date written exactly as yyyy-MM-dd: four, two and two ASCII digits with hyphens, no spaces, a day
/// that exists. It accepts what <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture, DateTimeStyles.None)</c>
/// accepts, and is used instead of it by every reader of stored dates (catalogue, holiday notices, profiles, records,
/// ledger): the framework's format parser sets up culture and calendar data on first use, which cost about 20 ms of
/// the first command of a PowerShell session.
/// </summary>
public static class IsoDate
{
    /// <summary>The form every stored date takes.</summary>
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <exception cref="FormatException">Not a yyyy-MM-dd calendar date.</exception>
    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date in the form {Format}.");

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
