using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reminders;
using Octokit;

namespace AiRegOps.GitHub;

/// <summary>
/// Reads service profiles (airegops.yml) from repositories' default branches through the contents API. Returns the
/// YAML text and its sha; parse it with the profile loader (<c>ServiceProfileReader.ReadYaml(yaml, SourceName)</c>).
/// With an ETag-caching client an unchanged file costs no quota.
/// </summary>
public sealed class RepositoryProfileSource
{
    public const string DefaultPath = "airegops.yml";

    private readonly IGitHubClient client;
    private readonly TimeProvider time;

    public RepositoryProfileSource(IGitHubClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The file at <paramref name="path"/> on the default branch, or null when the repository has none.</summary>
    public async Task<RepositoryProfileFile?> ReadAsync(RepositoryRef repository, string path = DefaultPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var repo = await Send(repository, path, () => client.Repository.Get(repository.Owner, repository.Name), cancellationToken).ConfigureAwait(false);
        if (repo is null)
        {
            return null;
        }

        var branch = string.IsNullOrEmpty(repo.DefaultBranch) ? "main" : repo.DefaultBranch;
        var contents = await Send(repository, path, () => client.Repository.Content.GetAllContentsByRef(repository.Owner, repository.Name, path, branch), cancellationToken).ConfigureAwait(false);
        var file = contents?.FirstOrDefault(c => c.Type.Value == ContentType.File);
        return file is null
            ? null
            : new RepositoryProfileFile { Repository = repository, Path = path, Branch = branch, Sha = file.Sha, Yaml = file.Content ?? string.Empty };
    }

    /// <summary>
    /// The service profiles in the file at <paramref name="path"/>, parsed by <see cref="ServiceProfileReader.ReadYaml"/>
    /// with "owner/repo:path@branch" as the source name; empty when the repository has no such file.
    /// </summary>
    /// <exception cref="ProfileValidationException">Any profile in the file is invalid.</exception>
    public async Task<IReadOnlyList<ServiceProfile>> ReadProfilesAsync(RepositoryRef repository, string path = DefaultPath, CancellationToken cancellationToken = default)
    {
        var file = await ReadAsync(repository, path, cancellationToken).ConfigureAwait(false);
        return file is null ? [] : ServiceProfileReader.ReadYaml(file.Yaml, file.SourceName);
    }

    /// <summary>Every file of <paramref name="paths"/> that exists, in order.</summary>
    public async Task<IReadOnlyList<RepositoryProfileFile>> ReadAllAsync(RepositoryRef repository, IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<RepositoryProfileFile>();
        foreach (var path in paths)
        {
            if (await ReadAsync(repository, path, cancellationToken).ConfigureAwait(false) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }

    private async Task<T?> Send<T>(RepositoryRef repository, string path, Func<Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && GitHubErrors.Map(ex, $"Reading {path} from {repository}", time.GetUtcNow()) is { } mapped)
        {
            throw mapped;
        }
    }
}
