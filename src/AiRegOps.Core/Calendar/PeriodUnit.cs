namespace AiRegOps.Core.Calendar;

/// <summary>How a period is counted.</summary>
public enum PeriodUnit
{
    /// <summary>Working days as the State Council notices define them; the period ends on the Nth working day.</summary>
    WorkingDays,

    /// <summary>Calendar days (Civil Code Art. 201), extended to the next working day when the last day is a rest day (Art. 203).</summary>
    CalendarDays,

    /// <summary>Months (Civil Code Art. 202), extended like calendar days (Art. 203).</summary>
    Months,
}
