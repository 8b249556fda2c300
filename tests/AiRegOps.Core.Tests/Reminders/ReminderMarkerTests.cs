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

    [Fact]
    public void A_long_key_makes_a_marker_of_bounded_length_that_still_identifies_it()
    {
        // A 50-character Chinese activity name is 450 characters percent-encoded; a few of them made markers of kilobytes.
        var name = string.Concat(Enumerable.Repeat("人工智能伦理审查活动", 5));
        var key = new ReminderKey("chat-" + name, "ethics-review-" + name, "ethics-approval-obtained@2025-03-01/" + name);

        var marker = ReminderMarker.Format(key, "0123abcd");

        Assert.True(marker.Length <= ReminderMarker.MaxLength, $"marker of {marker.Length} characters");
        Assert.True(ReminderMarker.TryParse(marker + "\nbody", out _, out var digest, out var identity));
        Assert.Equal("0123abcd", digest);
        Assert.Equal(ReminderMarker.Identity(key), identity);
        Assert.NotEqual(ReminderMarker.Identity(key), ReminderMarker.Identity(new ReminderKey(key.Service, key.ObligationId, key.PeriodKey + "x")));
    }

    [Fact]
    public void The_longest_marker_written_out_in_full_is_exactly_the_stated_bound()
    {
        var longest = new string('a', ReminderMarker.MaxFieldLength);
        var marker = ReminderMarker.Format(new ReminderKey(longest, longest, longest), new string('d', ReminderMarker.MaxDigestLength));

        Assert.Equal(ReminderMarker.MaxLength, marker.Length);
        Assert.True(ReminderMarker.TryParse(marker, out var key, out _));
        Assert.Equal(longest, key.PeriodKey);
    }

    [Fact]
    public void A_marker_written_whole_by_an_earlier_version_has_the_identity_of_its_key()
    {
        var name = string.Concat(Enumerable.Repeat("人工智能伦理审查活动", 5));
        var key = new ReminderKey("chat", "ethics-review", "ethics-approval-obtained@2025-03-01/" + name);
        var legacy = $"<!-- airegops:reminder v1 service=chat obligation=ethics-review period={Uri.EscapeDataString(key.PeriodKey)} digest=0123abcd -->";

        Assert.True(ReminderMarker.TryParse(legacy + "\nbody", out var parsed, out _, out var identity));
        Assert.Equal(key, parsed);
        Assert.Equal(ReminderMarker.Identity(key), identity);
    }

    [Fact]
    public void A_value_that_looks_like_a_hash_is_encoded_and_cannot_pose_as_one()
    {
        var hashed = ReminderMarker.Field(new string('x', 200));
        Assert.StartsWith("*", hashed, StringComparison.Ordinal);

        Assert.Equal("%2A" + hashed[1..], ReminderMarker.Field(hashed));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
