namespace AiRegOps.Core.Reminders;

/// <summary>
/// Limits on content-creating requests. The defaults are GitHub's documented secondary limits: at most 80 a minute
/// and 500 an hour, and at least a second between writes.
/// </summary>
public sealed record WritePacerOptions
{
    public int PerMinute { get; init; } = 80;
    public int PerHour { get; init; } = 500;
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(1);

    public static WritePacerOptions GitHub { get; } = new();

    /// <summary>No pacing at all: for dry runs, which write nothing.</summary>
    public static WritePacerOptions Unlimited { get; } = new() { PerMinute = int.MaxValue, PerHour = int.MaxValue, MinInterval = TimeSpan.Zero };
}
