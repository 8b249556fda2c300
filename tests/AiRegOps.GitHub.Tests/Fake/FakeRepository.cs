namespace AiRegOps.GitHub.Tests.Fake;

/// <summary>A repository held by the fake GitHub: its issues and files.</summary>
public sealed class FakeRepository(string owner, string name)
{
    public string Owner { get; } = owner;
    public string Name { get; } = name;
    public string DefaultBranch { get; set; } = "main";
    public List<FakeIssue> Issues { get; } = [];
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);
    public string FullName => $"{Owner}/{Name}";
}
