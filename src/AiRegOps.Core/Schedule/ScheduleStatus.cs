namespace AiRegOps.Core.Schedule;

/// <summary>Where one occurrence of an obligation stands on the as-of date.</summary>
public enum ScheduleStatus
{
    /// <summary>Does not apply to this service (see the reasons).</summary>
    NotApplicable,

    /// <summary>Applies, but its due date is beyond the reminder lead time, or its rule is not yet in force.</summary>
    Upcoming,

    /// <summary>In effect now: due within the lead time, a continuing duty, or triggered with no period set by law.</summary>
    Due,

    /// <summary>Past its due date and not satisfied.</summary>
    Overdue,

    /// <summary>A record shows it met for this period.</summary>
    Satisfied,

    /// <summary>Past a date the organisation set itself (policy, not law) and not satisfied: never Overdue.</summary>
    PastPolicyTarget,
}
