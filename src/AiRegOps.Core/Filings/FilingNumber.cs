using System.Diagnostics.CodeAnalysis;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// An algorithm filing number: 网信算备 + 21 digits + 号, e.g. 网信算备110108823483901230031号. The 21-digit length is
/// confirmed by six published examples [2+] (regulatory-facts §C-bis). The split into division, entity, index, year
/// and serial fits every example but is not officially documented [INF]: it is exposed for display, never checked.
/// </summary>
public sealed record FilingNumber
{
    public const string Prefix = "网信算备";
    public const string Suffix = "号";
    public const int DigitCount = 21;

    /// <summary>What a valid number looks like, for error messages.</summary>
    public const string ExpectedFormat = "网信算备 followed by 21 digits and 号, e.g. 网信算备110108823483901230031号";

    private FilingNumber(string digits)
    {
        Digits = digits;
    }

    /// <summary>The full number with prefix and suffix.</summary>
    public string Value => Prefix + Digits + Suffix;

    /// <summary>The 21 digits.</summary>
    public string Digits { get; }

    /// <summary>Digits 1-6: administrative-division code (e.g. 110108 Beijing Haidian) [INF].</summary>
    public string DivisionCode => Digits[..6];

    /// <summary>Digits 7-13: entity code [INF].</summary>
    public string EntityCode => Digits[6..13];

    /// <summary>Digits 14-15: the entity's algorithm index [INF].</summary>
    public string AlgorithmIndex => Digits[13..15];

    /// <summary>Digits 16-17: two-digit year (22, 23, 24, ...) [INF].</summary>
    public string YearDigits => Digits[15..17];

    /// <summary>Digits 18-21: serial [INF].</summary>
    public string Serial => Digits[17..];

    /// <summary>Parses a filing number; surrounding white space is ignored, nothing else is.</summary>
    /// <exception cref="ComplianceInputException">Not of the form <see cref="ExpectedFormat"/>; the message says what is wrong.</exception>
    public static FilingNumber Parse(string? text, string inputName = "-FilingNumber") =>
        TryParse(text, out var number, out var problem)
            ? number
            : throw new ComplianceInputException(inputName, $"{ExpectedFormat} ({problem})", text);

    public static bool TryParse(string? text, [NotNullWhen(true)] out FilingNumber? number) => TryParse(text, out number, out _);

    /// <param name="text">The candidate.</param>
    /// <param name="number">The parsed number.</param>
    /// <param name="problem">What is wrong, when it is not valid.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FilingNumber? number, out string problem)
    {
        number = null;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            problem = "it is empty";
            return false;
        }

        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            problem = $"it does not start with {Prefix}";
            return false;
        }

        if (!value.EndsWith(Suffix, StringComparison.Ordinal))
        {
            problem = $"it does not end with {Suffix}";
            return false;
        }

        var digits = value[Prefix.Length..^Suffix.Length];
        if (digits.Any(c => c is < '0' or > '9'))
        {
            problem = "between 网信算备 and 号 there must be ASCII digits only";
            return false;
        }

        if (digits.Length != DigitCount)
        {
            problem = $"it has {digits.Length} digits, not {DigitCount}";
            return false;
        }

        number = new FilingNumber(digits);
        problem = string.Empty;
        return true;
    }

    public override string ToString() => Value;
}
