namespace AiRegOps.Tests.Shared;

/// <summary>The repository that holds the test assembly: the folder above it with AiRegOps.sln and package.json.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRegOps.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find the repository root (AiRegOps.sln and package.json) above {AppContext.BaseDirectory}.");
    }
}
