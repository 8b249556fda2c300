using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>What the watcher last saw in a repository's profile file: the basis of the next diff and of every sweep.</summary>
public sealed record ProfileSnapshot
{
    public required RepositoryRef Repository { get; init; }
    public required string Path { get; init; }

    /// <summary>The git blob sha of the file; empty when the file is gone.</summary>
    public required string Sha { get; init; }

    /// <summary>The file's text; empty when the file is gone (every service it had is then terminated).</summary>
    public required string Yaml { get; init; }

    /// <summary>The names of the services the file describes.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Services removed from the file, kept so their termination duties are still scheduled and reminded.</summary>
    public IReadOnlyList<RetiredService> Retired { get; init; } = [];

    public required DateTimeOffset SeenAt { get; init; }

    /// <summary>"owner/repo:path@branch" as the profile loader names the source, for messages.</summary>
    public string SourceName => $"{Repository}:{Path}";

    public override string ToString() => $"{SourceName}@{(Sha.Length > 7 ? Sha[..7] : Sha)}";
}
