using System.Globalization;
using System.Management.Automation;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Lets PowerShell convert between <see cref="DateOnly"/> (the type of every date AiRegOps returns: a legal date has
/// no time of day) and <see cref="DateTime"/> or ISO text. Registered for System.DateOnly by AiRegOps.Types.ps1xml
/// (the manifest loads this assembly first, as a required assembly, so the file can name the type), so that <c>$item.DueDate -lt [datetime]'2026-01-01'</c>, <c>[datetime]$item.DueDate</c> and
/// <c>$item.DueDate -eq '2025-10-16'</c> work instead of throwing "Invalid cast from 'System.DateTime'".
/// </summary>
public sealed class DateOnlyTypeConverter : PSTypeConverter
{
    public override bool CanConvertFrom(object sourceValue, Type destinationType) =>
        destinationType == typeof(DateOnly) && Unwrap(sourceValue) is DateTime or DateTimeOffset or string;

    public override object ConvertFrom(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase) =>
        Unwrap(sourceValue) switch
        {
            DateTime time => DateOnly.FromDateTime(time),
            DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
            string text when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) => DateOnly.FromDateTime(time),
            var other => throw new InvalidCastException($"Cannot convert '{other}' to a date; write it yyyy-MM-dd."),
        };

    public override bool CanConvertTo(object sourceValue, Type destinationType) =>
        Unwrap(sourceValue) is DateOnly && (destinationType == typeof(DateTime) || destinationType == typeof(DateTimeOffset) || destinationType == typeof(string));

    public override object ConvertTo(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
    {
        var date = Unwrap(sourceValue) is DateOnly d ? d : throw new InvalidCastException($"'{sourceValue}' is not a DateOnly.");
        return destinationType == typeof(DateTime) ? date.ToDateTime(TimeOnly.MinValue)
            : destinationType == typeof(DateTimeOffset) ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
