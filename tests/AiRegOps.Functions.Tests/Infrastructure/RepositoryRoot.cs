namespace AiRegOps.Functions.Tests.Infrastructure;

/// <summary>The repository that holds the test assembly: the folder above it with AiRegOps.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRegOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find the repository root (AiRegOps.sln) above {AppContext.BaseDirectory}.");
    }
}
