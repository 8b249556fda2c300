using AiRegOps.Core.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class WritePacerTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Writes_are_a_second_apart_and_at_most_80_a_minute()
    {
        var pacer = new WritePacer(clock, new WritePacerOptions { MinInterval = TimeSpan.FromMilliseconds(100) });
        for (var i = 0; i < 80; i++)
        {
            Assert.Equal(TimeSpan.Zero, pacer.TimeUntilNextWrite());
            pacer.RecordWrite();
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        // 80 writes in the last 8 seconds: the 81st waits until the first leaves the minute.
        Assert.Equal(TimeSpan.FromSeconds(52), pacer.TimeUntilNextWrite());
        Assert.Equal(TimeSpan.FromSeconds(1), new WritePacer(clock).Options.MinInterval);
    }

    [Fact]
    public void At_most_500_an_hour()
    {
        var pacer = new WritePacer(clock, new WritePacerOptions { MinInterval = TimeSpan.Zero, PerMinute = int.MaxValue });
        for (var i = 0; i < 500; i++)
        {
            pacer.RecordWrite();
            clock.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1000), pacer.TimeUntilNextWrite());
        Assert.Equal(500, pacer.WritesInLastHour);
    }

    [Fact]
    public void A_server_wait_holds_every_write()
    {
        var pacer = new WritePacer(clock);
        pacer.BlockUntil(clock.GetUtcNow().AddSeconds(90));
        pacer.BlockUntil(clock.GetUtcNow().AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(90), pacer.TimeUntilNextWrite());
    }

    [Fact]
    public async Task Waiting_for_a_slot_sleeps_on_the_clock_or_declines_a_wait_that_is_too_long()
    {
        var pacer = new WritePacer(clock);
        pacer.RecordWrite();

        var wait = pacer.WaitForWriteSlotAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await wait);

        pacer.BlockUntil(clock.GetUtcNow().AddMinutes(10));
        Assert.False(await pacer.WaitForWriteSlotAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
    }
}
