using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>A repository whose profile file the watcher reads.</summary>
public sealed record WatchedRepository(RepositoryRef Repository, string Path = WatchedRepository.DefaultPath)
{
    public const string DefaultPath = "airegops.yml";

    /// <summary>Parses "owner/name" or "owner/name:path/to/airegops.yml".</summary>
    public static WatchedRepository Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new WatchedRepository(RepositoryRef.Parse(text.Trim()))
            : new WatchedRepository(RepositoryRef.Parse(text[..colon].Trim()), text[(colon + 1)..].Trim());
    }

    /// <summary>Parses a list separated by commas, semicolons or new lines (an app setting).</summary>
    public static IReadOnlyList<WatchedRepository> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).Distinct()];

    public override string ToString() => Path == DefaultPath ? Repository.ToString() : $"{Repository}:{Path}";
}
