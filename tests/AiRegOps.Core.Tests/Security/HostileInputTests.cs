using AiRegOps.Tests.Hostile;

namespace AiRegOps.Core.Tests.Security;

/// <summary>
/// Issue 10: every untrusted entry point ends hostile input in a precise error. The time and memory each case takes
/// are measured by bench/hostile (never asserted here); this suite asserts the error, and that it is safe to print:
/// bounded, and no line of it can pass for a CI log command.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in HostileCases.All())
        {
            data.Add(c.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_ends_in_a_precise_bounded_error(string id)
    {
        var hostile = HostileCases.Find(id);

        var error = Record.Exception(hostile.Run);

        Assert.NotNull(error);
        Assert.IsAssignableFrom(hostile.Expected, error);
        Assert.Contains(hostile.Fragment, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 200_000, $"the message is {error.Message.Length:N0} characters");
        Assert.DoesNotContain(error.Message.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Message, c => char.IsControl(c) && c != '\n');
    }
}
