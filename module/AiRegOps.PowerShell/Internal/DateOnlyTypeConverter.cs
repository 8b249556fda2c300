using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Lets PowerShell convert between <see cref="DateOnly"/> (the type of every date in a core object: a legal date has no
/// time of day) and <see cref="DateTime"/> or ISO text, so that on an object from
/// <c>[AiRegOps.PowerShell.Output.OutputObjects]::Original</c>, <c>[datetime]$item.DueDate</c>,
/// <c>$item.DueDate -lt [datetime]'2026-01-01'</c> and <c>$item.DueDate -eq '2025-10-16'</c> work instead of throwing
/// "Invalid cast from 'System.DateTime'". Output objects carry dates as text and do not need it, so it is not declared in
/// a types file read at every import: <see cref="EnsureRegistered"/> adds it to a session the first time a script there
/// asks for core objects.
/// </summary>
public sealed class DateOnlyTypeConverter : PSTypeConverter
{
    private static readonly ConditionalWeakTable<Runspace, object> RegisteredIn = [];

    /// <summary>
    /// Registers the converter for System.DateOnly in the calling thread's runspace, once per runspace. Update-TypeData
    /// loads Microsoft.PowerShell.Utility (about 170 ms of CPU in a new session), which is why this is not done at import.
    /// Without a runspace (called from .NET code) there is no session to register in, and a failure only leaves the
    /// conversion unavailable: neither is an error.
    /// </summary>
    internal static void EnsureRegistered()
    {
        if (Runspace.DefaultRunspace is not { } runspace || !RegisteredIn.TryAdd(runspace, runspace))
        {
            return;
        }

        try
        {
            using var update = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
            update.AddCommand("Microsoft.PowerShell.Utility\\Update-TypeData")
                .AddParameter("TypeName", typeof(DateOnly).FullName)
                .AddParameter("TypeConverter", typeof(DateOnlyTypeConverter))
                .AddParameter("Force")
                .Invoke();
        }
#pragma warning disable CA1031 // A convenience for scripts: its failure must not fail the call that triggered it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

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
