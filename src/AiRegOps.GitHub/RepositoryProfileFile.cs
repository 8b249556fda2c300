using AiRegOps.Core.Reminders;

namespace AiRegOps.GitHub;

/// <summary>An airegops.yml as read from a repository's default branch: its text and the blob sha it was read at.</summary>
public sealed record RepositoryProfileFile
{
    public required RepositoryRef Repository { get; init; }
    public required string Path { get; init; }
    public required string Branch { get; init; }
    public required string Sha { get; init; }
    public required string Yaml { get; init; }

    /// <summary>A name for messages: "owner/repo:airegops.yml@main".</summary>
    public string SourceName => $"{Repository}:{Path}@{Branch}";

    public override string ToString() => $"{SourceName} ({Sha})";
}
