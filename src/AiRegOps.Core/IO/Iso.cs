using System.Globalization;

namespace AiRegOps.Core.IO;

/// <summary>Culture-free formatting for machine-readable outputs: a date is always yyyy-MM-dd.</summary>
internal static class Iso
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
