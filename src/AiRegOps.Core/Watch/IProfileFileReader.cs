using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>Reads a profile file from a repository's default branch (GitHub in production, a fake in tests).</summary>
public interface IProfileFileReader
{
    /// <summary>The file, or null when the repository has none at <paramref name="path"/>.</summary>
    Task<ProfileFile?> ReadAsync(RepositoryRef repository, string path, CancellationToken cancellationToken);
}
