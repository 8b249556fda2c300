using System.Management.Automation;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Workspace;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The calendar of a cmdlet: the shipped one plus the notices in -HolidayFile, else in the file named by
/// $env:AIREGOPS_HOLIDAY_FILE. The choice and the loading are the core's (<see cref="WorkspaceCalendar"/>), so the
/// cmdlets and the Functions app read the same file the same way.
/// </summary>
internal static class HolidayFile
{
    public const string NotFoundErrorId = "HolidayFileNotFound";
    public const string InvalidErrorId = "HolidayFileInvalid";

    /// <summary>The calculator to use, or a terminating error when the file is missing or malformed.</summary>
    public static PeriodCalculator Periods(AiRegOpsCmdlet cmdlet, string? holidayFile) => Override(cmdlet, holidayFile) ?? PeriodCalculator.Default;

    /// <summary>
    /// The calculator with the named holiday file, or null when none is named: a workspace then takes the shipped
    /// calendar on first use, so a command can read its input while the module's warm-up is still loading it.
    /// </summary>
    public static PeriodCalculator? Override(AiRegOpsCmdlet cmdlet, string? holidayFile)
    {
        var chosen = WorkspaceCalendar.Choose(holidayFile);
        if (chosen is null)
        {
            return null;
        }

        var named = ReferenceEquals(chosen, holidayFile) ? $"the holiday file '{chosen}'" : $"the holiday file '{chosen}' (from ${WorkspaceCalendar.EnvironmentVariable})";
        var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(chosen);
        try
        {
            cmdlet.WriteVerbose($"Working-day calendar: the shipped notices plus {named}.");
            return WorkspaceCalendar.Load(path);
        }
        catch (FileNotFoundException)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new FileNotFoundException($"Cannot find {named} ({path}).", path),
                NotFoundErrorId, ErrorCategory.ObjectNotFound, chosen));
            throw; // not reached: ThrowTerminatingError always throws
        }
        catch (HolidayDataException ex)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidDataException($"{char.ToUpperInvariant(named[0])}{named[1..]} is invalid: {ex.Message}", ex),
                InvalidErrorId, ErrorCategory.InvalidData, chosen));
            throw; // not reached: ThrowTerminatingError always throws
        }
    }
}
