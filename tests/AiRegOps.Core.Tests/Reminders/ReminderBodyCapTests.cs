using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class ReminderBodyCapTests
{
    [Fact]
    public void A_body_over_GitHubs_limit_is_cut_with_a_pointer_to_the_full_report()
    {
        var body = ReminderMarker.Format(new ReminderKey("chat", "filing", "FY2025"), "abc") + "\n" + new string('x', 200_000);

        var capped = ReminderComposer.CapBody(body, "chat");

        Assert.Equal(ReminderComposer.MaxBodyLength, capped.Length);
        Assert.StartsWith(ReminderMarker.Prefix, capped, StringComparison.Ordinal);
        Assert.EndsWith("for service `chat`)", capped, StringComparison.Ordinal);
        Assert.True(ReminderMarker.TryParse(capped, out var key, out _));
        Assert.Equal("FY2025", key.PeriodKey);
    }

    [Fact]
    public void A_body_within_the_limit_is_unchanged()
    {
        Assert.Equal("short", ReminderComposer.CapBody("short", "chat"));
    }
}
