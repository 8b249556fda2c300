using AiRegOps.Tests.Hostile;

namespace AiRegOps.Labels.Tests;

/// <summary>
/// Issue 10: hostile files end in a bounded verdict with a precise reason (Inconclusive for what cannot be judged),
/// never a hang, an exhausted process or a stack overflow. Time and memory per case are measured by bench/hostile.
/// </summary>
public sealed class LabelHostileInputTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in LabelHostileCases.All())
        {
            data.Add(c.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_ends_in_a_bounded_verdict_with_its_reason(string id)
    {
        var hostile = LabelHostileCases.All().Single(c => c.ToString() == id);

        var outcome = Assert.IsType<HostileOutcome>(Record.Exception(hostile.Run));

        Assert.Contains(hostile.Fragment, outcome.Message, StringComparison.Ordinal);
        Assert.StartsWith(hostile.Fragment[..hostile.Fragment.IndexOf(':', StringComparison.Ordinal)], outcome.Message, StringComparison.Ordinal);
        Assert.True(outcome.Message.Length < 20_000, $"the outcome is {outcome.Message.Length:N0} characters");
        Assert.DoesNotContain(outcome.Message, c => char.IsControl(c));
    }
}
