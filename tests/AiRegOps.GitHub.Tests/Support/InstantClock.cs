using Microsoft.Extensions.Time.Testing;

namespace AiRegOps.GitHub.Tests.Support;

/// <summary>
/// A fake clock on which every wait ends at once by moving the clock forward by exactly the wait: pacing runs
/// deterministically, and the fake GitHub stamps writes with the same clock, so windows can be checked afterwards.
/// </summary>
internal sealed class InstantClock : FakeTimeProvider
{
    public InstantClock()
        : base(new DateTimeOffset(2025, 10, 1, 1, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Advance(dueTime);
        }

        return timer;
    }

    /// <summary>Moves to <paramref name="at"/> if that is later than now.</summary>
    public void MoveTo(DateTimeOffset at)
    {
        if (at > GetUtcNow())
        {
            SetUtcNow(at);
        }
    }
}
