using System.Globalization;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>Short ISO dates in test data: D("2025-10-01").</summary>
internal static class D
{
    public static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
