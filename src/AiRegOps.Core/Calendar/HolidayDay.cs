namespace AiRegOps.Core.Calendar;

/// <summary>
/// One day a State Council holiday notice names: a day off (<see cref="IsOffDay"/> true) or a
/// make-up working day (调休, false), usually a weekend day worked in exchange for the holiday.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="Name">The holiday the notice files it under, as the notice names it (e.g. 春节).</param>
/// <param name="IsOffDay">True for a day off; false for a make-up working day.</param>
public sealed record HolidayDay(DateOnly Date, string Name, bool IsOffDay);
