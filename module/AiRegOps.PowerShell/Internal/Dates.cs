using AiRegOps.Core.IO;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Cmdlets take <see cref="DateTime"/> so that '2025-09-26' binds; the law counts whole days, so only the calendar date
/// as written is used and any time of day is ignored (no time-zone conversion: pass the date as it is in China).
/// </summary>
internal static class Dates
{
    public static DateOnly ToDateOnly(DateTime value) => DateOnly.FromDateTime(value);

    /// <summary>yyyy-MM-dd, whatever the culture.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
