namespace AiRegOps.PowerShell.Tests;

/// <summary>Where things are: the repository root is found by walking up from the test assembly to AiRegOps.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string ModuleManifest => Path.Join(Root, "out", "AiRegOps", "AiRegOps.psd1");

    public static string RootManifest => Path.Join(Root, "AiRegOps.psd1");

    public static string PesterSuites => Path.Join(Root, "tests", "AiRegOps.PowerShell.Tests", "Pester");

    public static string PesterModule => Path.Join(AppContext.BaseDirectory, "Modules", "Pester", "Pester.psd1");

    public static string ForeignYamlDotNet => Path.Join(AppContext.BaseDirectory, "ForeignYamlDotNet", "YamlDotNet.dll");

    /// <summary>
    /// Where Pester's NUnit files go: AIREGOPS_TEST_RESULTS when set (build/test.sh sets it to TestResults/pester),
    /// else &lt;repo&gt;/TestResults/pester.
    /// </summary>
    public static string PesterResults =>
        Environment.GetEnvironmentVariable("AIREGOPS_TEST_RESULTS") is { Length: > 0 } results
            ? Path.GetFullPath(results)
            : Path.Join(Root, "TestResults", "pester");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "AiRegOps.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AiRegOps.sln above {AppContext.BaseDirectory}: run the tests from the repository's build output.");
    }
}
