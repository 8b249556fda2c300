using AiRegOps.Core.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>"Today" is the date in Beijing (UTC+8), whatever the clock's or the machine's zone.</summary>
public sealed class ChinaTimeTests
{
    [Fact]
    public void China_midnight_is_16_00_UTC()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 12, 31, 15, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 12, 31), ChinaTime.Today(time));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 1, 1), ChinaTime.Today(time));
    }

    [Fact]
    public void The_UTC_date_change_is_not_Chinas()
    {
        // 23:59 UTC on 30 Sep is already 07:59 on 1 Oct in China; 00:00 UTC on 1 Oct is still 1 Oct there.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 9, 30, 23, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 10, 1), ChinaTime.Today(time));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2025, 10, 1), ChinaTime.Today(time));

        // 15:59 UTC on 1 Oct is 23:59 in China.
        time.SetUtcNow(new DateTimeOffset(2025, 10, 1, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 10, 1), ChinaTime.Today(time));
    }

    [Fact]
    public void The_providers_local_zone_does_not_matter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("Test-10", TimeSpan.FromHours(-10), "Test-10", "Test-10"));
        Assert.Equal(new DateOnly(2025, 12, 31), DateOnly.FromDateTime(time.GetLocalNow().DateTime)); // still 31 Dec locally
        Assert.Equal(new DateOnly(2026, 1, 1), ChinaTime.Today(time));
    }

    [Fact]
    public void The_zone_is_a_fixed_UTC_plus_8()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.BaseUtcOffset);
        Assert.False(ChinaTime.Zone.SupportsDaylightSavingTime);
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Same(ChinaTime.Zone, ChinaTime.Zone);
    }

    [Fact]
    public void Today_needs_a_time_provider() => Assert.Throws<ArgumentNullException>(() => ChinaTime.Today(null!));
}
