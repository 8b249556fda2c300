namespace AiRegOps.Core.Calendar;

/// <summary>China's time of day: deadlines run on the calendar in Beijing, whatever the server's zone.</summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>
    /// China Standard Time as a fixed UTC+8 zone with no daylight saving. Built here rather than looked up
    /// ("Asia/Shanghai" or "China Standard Time") so the result does not depend on the OS time-zone data,
    /// which containers often lack. China has kept UTC+8 without DST since 1991, which covers every notice.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "China Standard Time (UTC+08:00)",
        Offset,
        "(UTC+08:00) China Standard Time",
        "China Standard Time");

    /// <summary>Today's date in China according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
