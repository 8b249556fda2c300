using AiRegOps.Core.Reminders;
using AiRegOps.Core.Watch;
using AiRegOps.GitHub;

namespace AiRegOps.Functions.Hosting;

/// <summary>The watcher's file reader over GitHub's contents API (ETag-cached: an unchanged file costs no quota).</summary>
public sealed class GitHubProfileFileReader : IProfileFileReader
{
    private readonly RepositoryProfileSource source;

    public GitHubProfileFileReader(RepositoryProfileSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
    }

    public async Task<ProfileFile?> ReadAsync(RepositoryRef repository, string path, CancellationToken cancellationToken)
    {
        var file = await source.ReadAsync(repository, path, cancellationToken).ConfigureAwait(false);
        return file is null ? null : new ProfileFile(file.Sha, file.Yaml, file.SourceName);
    }
}
