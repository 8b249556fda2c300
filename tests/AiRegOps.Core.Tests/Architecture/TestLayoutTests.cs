using AiRegOps.Tests.Shared;

namespace AiRegOps.Core.Tests.Architecture;

/// <summary>
/// <c>tests/</c> mirrors the source (issue 9): every test project tests a source project of the same name, and the
/// tests of <c>src/AiRegOps.X/Y/</c> live in <c>tests/AiRegOps.X.Tests/Y/</c>. docs/architecture.md describes the layout.
/// </summary>
public sealed class TestLayoutTests
{
    // Folders holding the projects the tests are named after.
    private static readonly string[] SourceParents = ["src", "module", "functions"];

    [Fact]
    public void Every_test_project_is_named_after_a_source_project()
    {
        var tests = ProjectNames("tests");
        var sources = SourceParents.SelectMany(ProjectNames).ToList();

        Assert.Contains("AiRegOps.Core.Tests", tests);
        Assert.Contains("AiRegOps.PowerShell", sources);
        var strays = TestLayout.ProjectsWithoutSource(tests, sources);
        Assert.True(strays.Count == 0, $"Test projects named after no project in src/, module/ or functions/ (name them AiRegOps.X.Tests after the AiRegOps.X they test): {string.Join(", ", strays)}");
    }

    [Theory]
    [InlineData("AiRegOps.Core", new[] { "Architecture", "Examples" })]
    [InlineData("AiRegOps.Azure", new[] { "Contract", "Infrastructure" })]
    public void Test_folders_are_named_after_the_source_folders_they_test(string project, string[] ownFolders)
    {
        var tests = FoldersWithCode(Path.Combine(RepositoryRoot.Find(), "tests", project + ".Tests"));
        var sources = FoldersWithCode(Path.Combine(RepositoryRoot.Find(), "src", project));

        Assert.NotEmpty(tests);
        var strays = TestLayout.FoldersWithoutSource(tests, sources, ownFolders);
        Assert.True(strays.Count == 0, $"Folders of tests/{project}.Tests named after no folder of src/{project} (move each test beside the folder of the source it tests): {string.Join(", ", strays)}");
    }

    [Fact]
    public void A_test_project_named_after_no_source_project_is_reported()
    {
        var strays = TestLayout.ProjectsWithoutSource(
            ["AiRegOps.Core.Tests", "AiRegOps.Evidence.Tests", "AiRegOps.Azure.Tests", "AiRegOps.Azure"],
            ["AiRegOps.Core", "AiRegOps.Azure"]);

        Assert.Equal(["AiRegOps.Azure", "AiRegOps.Evidence.Tests"], strays);
    }

    [Fact]
    public void A_test_folder_matching_no_source_folder_is_reported_unless_it_is_the_projects_own()
    {
        var strays = TestLayout.FoldersWithoutSource(
            ["", "Evidence", "Reports", "Reports/Findings", "Core", "Contract", "Contract/Azure", "Reports/Sarif"],
            ["Evidence", "Reports", "Reports/Findings"],
            ["Contract"]);

        Assert.Equal(["Core", "Reports/Sarif"], strays);
    }

    // The names of the projects directly under a folder of the repository (tests/X/X.csproj).
    private static List<string> ProjectNames(string parent) =>
        [.. Directory.EnumerateDirectories(Path.Combine(RepositoryRoot.Find(), parent))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()];

    // Folders below a project that hold C# files, relative and '/'-separated; build output left out.
    private static List<string> FoldersWithCode(string project) =>
        [.. Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(project, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(folder => folder == "." ? string.Empty : folder)
            .Where(folder => !IsBuildOutput(folder))
            .Distinct()];

    private static bool IsBuildOutput(string folder) =>
        folder is "bin" or "obj" || folder.StartsWith("bin/", StringComparison.Ordinal) || folder.StartsWith("obj/", StringComparison.Ordinal);
}
