using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class ReminderMarkerTests
{
    [Theory]
    [InlineData("svc", "arr-algorithm-filing", "launched@2025-09-26")]
    [InlineData("svc", "ethics", "ethics-approval-obtained@2025-03-01/Model X --> <b>@all</b>")]
    [InlineData("a b", "c=d", "e f= digest=x -->")]
    public void A_marker_round_trips_any_value_and_cannot_be_broken_out_of(string service, string obligation, string period)
    {
        var key = new ReminderKey(service, obligation, period);
        var marker = ReminderMarker.Format(key, "0123abcd");

        Assert.True(ReminderMarker.TryParse(marker + "\nbody", out var parsed, out var digest));
        Assert.Equal(key, parsed);
        Assert.Equal("0123abcd", digest);
        Assert.Equal(1, CountOf(marker, "-->"));
        Assert.DoesNotContain('\n', marker);
    }

    [Fact]
    public void Only_a_marker_on_the_first_line_counts()
    {
        var marker = ReminderMarker.Format(new ReminderKey("svc", "ob", "p"), "d");

        Assert.False(ReminderMarker.TryParse("Copied from elsewhere:\n" + marker, out _, out _));
        Assert.False(ReminderMarker.TryParse(null, out _, out _));
        Assert.False(ReminderMarker.TryParse("<!-- airegops:reminder v1 service=svc -->", out _, out _));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
