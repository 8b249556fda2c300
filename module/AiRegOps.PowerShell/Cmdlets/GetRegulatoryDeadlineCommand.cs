using System.Management.Automation;
using AiRegOps.Core.Calendar;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Computes a statutory deadline on the China working-day calendar: N working days, N calendar days or N months after
/// a start date, with the Civil Code's rules (the start day is not counted; a period in days ending on a rest day moves
/// to the next working day) and a warning for every year without a published holiday notice.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RegulatoryDeadline", DefaultParameterSetName = WorkingDaysSet)]
[OutputType(typeof(DeadlineResult))]
public sealed class GetRegulatoryDeadlineCommand : AiRegOpsCmdlet
{
    private const string WorkingDaysSet = "WorkingDays";
    private const string CalendarDaysSet = "CalendarDays";
    private const string MonthsSet = "Months";

    private PeriodCalculator periods = PeriodCalculator.Default;

    /// <summary>The day of the triggering event (not counted). The time of day is ignored.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Date")]
    [IsoDate("-Start")]
    public DateTime Start { get; set; }

    /// <summary>Count working days.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = WorkingDaysSet)]
    [ValidateRange(0, 3650)]
    public int WorkingDays { get; set; }

    /// <summary>Count calendar days.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CalendarDaysSet)]
    [ValidateRange(0, 3650)]
    public int CalendarDays { get; set; }

    /// <summary>Count months.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = MonthsSet)]
    [ValidateRange(0, 120)]
    public int Months { get; set; }

    /// <summary>A holiday notice file adding or overriding years of the shipped working-day calendar.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? HolidayFile { get; set; }

    protected override void BeginProcessing() => periods = Internal.HolidayFile.Periods(this, HolidayFile);

    protected override void ProcessRecord()
    {
        var start = Dates.ToDateOnly(Start);
        try
        {
            WriteOutput(ParameterSetName switch
            {
                CalendarDaysSet => periods.AddCalendarDays(start, CalendarDays),
                MonthsSet => periods.AddMonths(start, Months),
                _ => periods.AddWorkingDays(start, WorkingDays),
            });
        }
        catch (ArgumentOutOfRangeException ex)
        {
            WriteItemError(ex, "DeadlineOutOfRange", ErrorCategory.InvalidArgument, start);
        }
    }
}
