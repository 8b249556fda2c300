namespace AiRegOps.Azure.Labels;

/// <summary>One watched container: every new blob in it is output of <see cref="Service"/>, checked for these obligations.</summary>
public sealed record LabelWatch(string Container, string Service, IReadOnlyList<string> Obligations)
{
    public override string ToString() => $"{Container}={Service}:{string.Join('+', Obligations)}";
}
