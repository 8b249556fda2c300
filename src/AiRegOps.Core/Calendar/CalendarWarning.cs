namespace AiRegOps.Core.Calendar;

/// <summary>A result depends on a year for which no State Council holiday notice is loaded.</summary>
/// <param name="Year">The year whose notice is missing.</param>
/// <param name="Message">What was assumed and how to fix it, for people.</param>
public sealed record CalendarWarning(int Year, string Message);
