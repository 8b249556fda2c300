namespace AiRegOps.PowerShell.Tests;

/// <summary>
/// One xunit test per Pester suite (Pester/*.Tests.ps1): a fresh runspace imports the built module and Pester 6, runs
/// the file and fails with Pester's own failure messages. NUnit XML goes to TestResults/pester/&lt;file&gt;.xml.
/// </summary>
[Trait("Category", "PesterHost")]
public sealed class PesterSuiteTests
{
    private const string RunSuite = """
        param($Suite, $ResultFile, $PesterModule)
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = $Suite
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'None'
        $configuration.TestResult.Enabled = $true
        $configuration.TestResult.OutputFormat = 'NUnitXml'
        $configuration.TestResult.OutputPath = $ResultFile
        $result = Invoke-Pester -Configuration $configuration
        $failures = @(
            foreach ($test in $result.Failed) { "$($test.ExpandedPath): $($test.ErrorRecord -join ' | ')" }
            foreach ($block in $result.FailedBlocks) { "block $($block.ExpandedPath): $($block.ErrorRecord -join ' | ')" }
            foreach ($container in $result.FailedContainers) { "file $($container.Item): $($container.ErrorRecord -join ' | ')" }
        )
        [pscustomobject]@{
            Total = $result.TotalCount
            Passed = $result.PassedCount
            Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
            Failures = $failures -join [Environment]::NewLine
        }
        """;

    public static TheoryData<string> Suites()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.PesterSuites, "*.Tests.ps1").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void Pester_suite_passes(string suite)
    {
        Assert.True(File.Exists(RepoPaths.ModuleManifest), $"Build the module first: {RepoPaths.ModuleManifest} is missing.");
        using var shell = new HostedPowerShell();

        var (_, importErrors) = shell.TryRun("param($Path) Import-Module -Name $Path -ErrorAction Stop", new Dictionary<string, object?> { ["Path"] = RepoPaths.ModuleManifest });
        Assert.True(importErrors.Count == 0, "Import-Module AiRegOps failed: " + string.Join(Environment.NewLine, importErrors));

        // HadErrors can be true after importing Pester with no error record written: only the error stream counts.
        var (_, pesterErrors) = shell.TryRun("param($Path) Import-Module -Name $Path -ErrorAction Stop", new Dictionary<string, object?> { ["Path"] = RepoPaths.PesterModule });
        Assert.True(pesterErrors.Count == 0, "Import-Module Pester failed: " + string.Join(Environment.NewLine, pesterErrors));

        Directory.CreateDirectory(RepoPaths.PesterResults);
        var resultFile = Path.Join(RepoPaths.PesterResults, Path.GetFileNameWithoutExtension(suite) + ".xml");
        var output = shell.Run(RunSuite, new Dictionary<string, object?>
        {
            ["Suite"] = Path.Join(RepoPaths.PesterSuites, suite),
            ["ResultFile"] = resultFile,
            ["PesterModule"] = RepoPaths.PesterModule,
        });

        var summary = Assert.Single(output);
        var total = Convert.ToInt32(summary.Properties["Total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var failed = Convert.ToInt32(summary.Properties["Failed"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(failed == 0, $"{suite}: {failed} failed of {total}:{Environment.NewLine}{summary.Properties["Failures"].Value}");
        Assert.True(total > 0, $"{suite} ran no test.");
        Assert.True(File.Exists(resultFile), $"{suite}: no NUnit result at {resultFile}.");
    }
}
