namespace AiRegOps.Core.Reminders;

/// <summary>
/// Paces writes to stay within per-minute and per-hour limits and honours waits the server asked for (Retry-After,
/// rate-limit reset). One pacer per credential: GitHub counts limits per user or app, across repositories. Thread-safe.
/// Time comes from a <see cref="TimeProvider"/>, so tests run it on a fake clock.
/// </summary>
public sealed class WritePacer
{
    private readonly TimeProvider time;
    private readonly WritePacerOptions options;
    private readonly Queue<DateTimeOffset> lastHour = new();
    private readonly Lock gate = new();
    private DateTimeOffset blockedUntil = DateTimeOffset.MinValue;

    public WritePacer(TimeProvider time, WritePacerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        this.options = options ?? WritePacerOptions.GitHub;
    }

    public WritePacerOptions Options => options;

    /// <summary>Writes recorded in the last hour.</summary>
    public int WritesInLastHour
    {
        get
        {
            lock (gate)
            {
                Expire(time.GetUtcNow());
                return lastHour.Count;
            }
        }
    }

    /// <summary>When the server's last instruction to wait ends (or <see cref="DateTimeOffset.MinValue"/>).</summary>
    public DateTimeOffset BlockedUntil
    {
        get
        {
            lock (gate)
            {
                return blockedUntil;
            }
        }
    }

    /// <summary>The earliest time the next write may be sent.</summary>
    public DateTimeOffset NextWriteAt()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Expire(now);
            var next = now;
            if (blockedUntil > next)
            {
                next = blockedUntil;
            }

            if (lastHour.Count > 0)
            {
                var last = lastHour.Last();
                if (last + options.MinInterval > next)
                {
                    next = last + options.MinInterval;
                }

                if (lastHour.Count >= options.PerHour)
                {
                    // The oldest write in the window must leave it before another fits.
                    var oldest = lastHour.ElementAt(lastHour.Count - options.PerHour);
                    next = Max(next, oldest + TimeSpan.FromHours(1));
                }

                var minuteStart = now - TimeSpan.FromMinutes(1);
                var inMinute = lastHour.Count(t => t > minuteStart);
                if (inMinute >= options.PerMinute)
                {
                    var oldestInMinute = lastHour.Where(t => t > minuteStart).ElementAt(inMinute - options.PerMinute);
                    next = Max(next, oldestInMinute + TimeSpan.FromMinutes(1));
                }
            }

            return next;
        }
    }

    /// <summary>How long until the next write may be sent; zero when now.</summary>
    public TimeSpan TimeUntilNextWrite()
    {
        var wait = NextWriteAt() - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Records a write sent now. Call it for every attempt: rejected writes count against GitHub's limits too.</summary>
    public void RecordWrite()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Expire(now);
            lastHour.Enqueue(now);
        }
    }

    /// <summary>Holds every request until <paramref name="until"/> (Retry-After, X-RateLimit-Reset).</summary>
    public void BlockUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until > blockedUntil)
            {
                blockedUntil = until;
            }
        }
    }

    /// <summary>
    /// Waits for the next write slot if it comes within <paramref name="maxWait"/> and returns true; returns false at
    /// once when it does not, so the caller can leave the rest for a later run instead of sleeping.
    /// </summary>
    public async Task<bool> WaitForWriteSlotAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TimeUntilNextWrite();
            if (wait == TimeSpan.Zero)
            {
                return true;
            }

            if (wait > maxWait)
            {
                return false;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until a server-imposed block ends, if it ends within <paramref name="maxWait"/>.</summary>
    public async Task<bool> WaitForUnblockAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var wait = BlockedUntil - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return true;
        }

        if (wait > maxWait)
        {
            return false;
        }

        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private void Expire(DateTimeOffset now)
    {
        var horizon = now - TimeSpan.FromHours(1);
        while (lastHour.Count > 0 && lastHour.Peek() <= horizon)
        {
            lastHour.Dequeue();
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
