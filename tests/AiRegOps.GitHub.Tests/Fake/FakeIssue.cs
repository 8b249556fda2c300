namespace AiRegOps.GitHub.Tests.Fake;

/// <summary>An issue held by the fake GitHub.</summary>
public sealed class FakeIssue
{
    public required long Id { get; init; }
    public required int Number { get; init; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    public string State { get; set; } = "open";
    public string? StateReason { get; set; }
    public List<string> Labels { get; set; } = [];
    public List<string> Assignees { get; set; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public override string ToString() => $"#{Number} {State} {Title}";
}
