using AiRegOps.Tests.Hostile;

namespace AiRegOps.Azure.Tests.Labels;

/// <summary>
/// Issue 10: the blob-label trigger's untrusted inputs (queue messages and the AiRegOps__LabelWatch setting) end
/// hostile input in a precise error that is safe to print: bounded, one line, no control characters. Time and memory
/// per case are measured by bench/hostile, never asserted here.
/// </summary>
public sealed class LabelMessageHostileInputTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in LabelMessageHostileCases.All())
        {
            data.Add(c.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_label_message_or_setting_ends_in_a_precise_bounded_error(string id)
    {
        var hostile = LabelMessageHostileCases.All().Single(c => c.ToString() == id);

        var error = Record.Exception(hostile.Run);

        Assert.NotNull(error);
        Assert.IsType(hostile.Expected, error);
        Assert.Contains(hostile.Fragment, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 600, $"the message is {error.Message.Length:N0} characters: {error.Message[..Math.Min(200, error.Message.Length)]}");
        Assert.DoesNotContain(error.Message, c => char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || Core.TextSafety.IsBidiControl(c));
    }
}
