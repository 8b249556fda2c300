namespace AiRegOps.Core.Catalogue;

/// <summary>The shapes a legal deadline takes (DESIGN.md §2).</summary>
public enum DeadlineRuleKind
{
    /// <summary>N working days after an event (State Council calendar, Civil Code Art. 201).</summary>
    WorkingDaysAfterEvent,

    /// <summary>N calendar days after an event, extended past rest days (Civil Code Arts 201, 203).</summary>
    CalendarDaysAfterEvent,

    /// <summary>Must be done before an event happens (for example before launch).</summary>
    BeforeEvent,

    /// <summary>Triggered by an event, with no period set by law: due from the event until done.</summary>
    OnEvent,

    /// <summary>Every N months after an anchoring event.</summary>
    EveryMonthsAfterEvent,

    /// <summary>By a fixed month and day each year.</summary>
    FixedDateEachYear,

    /// <summary>
    /// Every N calendar days counted from the last time the duty was recorded as done (or from the anchoring event):
    /// one open occurrence at a time, so a missed week is one overdue item, not one per week.
    /// </summary>
    EveryDaysSinceLastDone,

    /// <summary>Every N months counted from the last time the duty was recorded as done (or from the anchoring event).</summary>
    EveryMonthsSinceLastDone,

    /// <summary>A continuing duty with no due date.</summary>
    Continuous,
}
