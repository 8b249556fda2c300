using System.Management.Automation;
using AiRegOps.Core.Calendar;

namespace AiRegOps.PowerShell.Internal;

/// <summary>Builds the period calculator for -HolidayFile: the shipped calendar plus the notices in the file.</summary>
internal static class HolidayFile
{
    public const string NotFoundErrorId = "HolidayFileNotFound";
    public const string InvalidErrorId = "HolidayFileInvalid";

    /// <summary>The calculator to use, or a terminating error when the file is missing or malformed.</summary>
    public static PeriodCalculator Periods(AiRegOpsCmdlet cmdlet, string? holidayFile)
    {
        if (string.IsNullOrEmpty(holidayFile))
        {
            return PeriodCalculator.Default;
        }

        var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(holidayFile);
        if (!File.Exists(path))
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new FileNotFoundException($"Cannot find the holiday file '{holidayFile}' ({path}).", path),
                NotFoundErrorId, ErrorCategory.ObjectNotFound, holidayFile));
        }

        try
        {
            var notices = HolidayNoticeReader.ReadFile(path);
            return new PeriodCalculator(ChinaWorkingDayCalendar.Default.WithNotices(notices));
        }
        catch (HolidayDataException ex)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidDataException($"The holiday file '{holidayFile}' is invalid: {ex.Message}", ex),
                InvalidErrorId, ErrorCategory.InvalidData, holidayFile));
            throw; // not reached: ThrowTerminatingError always throws
        }
    }
}
