using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Workspace;

/// <summary>
/// The one working-day calendar of a workspace: the shipped State Council notices, plus a holiday file when one is
/// named (the -HolidayFile parameter, the AIREGOPS_HOLIDAY_FILE environment variable, the Functions setting
/// AiRegOps__HolidayFile). Every host resolves the file the same way, so a date computed anywhere agrees.
/// </summary>
public static class WorkspaceCalendar
{
    /// <summary>The environment variable a host reads when no file is named explicitly.</summary>
    public const string EnvironmentVariable = "AIREGOPS_HOLIDAY_FILE";

    /// <summary>The file to use: the explicit one, else the environment's, else none (the shipped calendar).</summary>
    public static string? Choose(string? explicitFile, Func<string, string?>? environment = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitFile))
        {
            return explicitFile;
        }

        var fromEnvironment = (environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
    }

    /// <summary>The period calculator for <paramref name="holidayFile"/> (a full path), or the shipped one for null.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="HolidayDataException">The file is not a valid holiday notice file.</exception>
    public static PeriodCalculator Load(string? holidayFile)
    {
        if (holidayFile is null)
        {
            return PeriodCalculator.Default;
        }

        if (!File.Exists(holidayFile))
        {
            throw new FileNotFoundException($"Cannot find the holiday file '{holidayFile}'.", holidayFile);
        }

        return new PeriodCalculator(ChinaWorkingDayCalendar.Default.WithNotices(HolidayNoticeReader.ReadFile(holidayFile)));
    }
}
