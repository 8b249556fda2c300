namespace AiRegOps.Core.Tests.Architecture;

/// <summary>
/// The rule that <c>tests/</c> mirrors the source: a test project is named after the project it tests
/// (<c>AiRegOps.X.Tests</c> for <c>AiRegOps.X</c>), and a folder of tests is named after the source folder it tests.
/// Kept apart from the repository walk so the rule itself can be shown to fail.
/// </summary>
internal static class TestLayout
{
    private const string Suffix = ".Tests";

    /// <summary>Test projects whose name is not a source project's name followed by <c>.Tests</c>, in order.</summary>
    public static IReadOnlyList<string> ProjectsWithoutSource(IEnumerable<string> testProjects, IEnumerable<string> sourceProjects)
    {
        var sources = sourceProjects.ToHashSet(StringComparer.Ordinal);
        return [.. testProjects
            .Where(test => !test.EndsWith(Suffix, StringComparison.Ordinal) || !sources.Contains(test[..^Suffix.Length]))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Test folders (relative, '/'-separated) that match no source folder and are not inside one of the test
    /// project's own folders (harnesses, fixtures, whole-assembly checks), in order. The project root always matches.
    /// </summary>
    public static IReadOnlyList<string> FoldersWithoutSource(IEnumerable<string> testFolders, IEnumerable<string> sourceFolders, IEnumerable<string> ownFolders)
    {
        var sources = sourceFolders.ToHashSet(StringComparer.Ordinal);
        var own = ownFolders.ToList();
        return [.. testFolders
            .Where(folder => folder.Length > 0 && !sources.Contains(folder))
            .Where(folder => !own.Any(o => folder == o || folder.StartsWith(o + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }
}
