using System.Diagnostics;

namespace AiRegOps.PowerShell.Tests;

/// <summary>The real pwsh (the repository's local dotnet tool) imports the module from the repository root.</summary>
public sealed class SmokeTests
{
    [Fact]
    public void Pwsh_imports_the_module_from_the_repository_root_and_prints_the_regulation_table()
    {
        var restore = RunDotnet("tool restore");
        Assert.True(restore.ExitCode == 0, $"dotnet tool restore failed:{Environment.NewLine}{restore.Output}");

        var run = RunDotnet("pwsh -NoProfile -NonInteractive -c \"Import-Module ./AiRegOps.psd1; Get-AiRegulation\"");

        Assert.True(run.ExitCode == 0, $"pwsh exited with {run.ExitCode}:{Environment.NewLine}{run.Output}");
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("Id", StringComparison.Ordinal) && l.Contains("ShortName", StringComparison.Ordinal) && l.Contains("EffectiveOn", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("--", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ARR ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("GAIM ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_script_prints_the_schedule_of_the_example_profiles()
    {
        Assert.Equal(0, RunDotnet("tool restore").ExitCode);

        var run = RunDotnet("pwsh -NoProfile -NonInteractive -File examples/Show-ComplianceSchedule.ps1 -AsOf 2026-04-01");

        Assert.True(run.ExitCode == 0, $"pwsh exited with {run.ExitCode}:{Environment.NewLine}{run.Output}");
        Assert.Contains("zhiliao-chat", run.Output, StringComparison.Ordinal);
        Assert.Contains("public-opinion attributes: yes", run.Output, StringComparison.Ordinal);
        Assert.Contains("arr-algorithm-filing", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pwsh_reads_dates_the_same_under_de_DE_en_US_and_zh_CN()
    {
        Assert.Equal(0, RunDotnet("tool restore").ExitCode);

        var run = RunDotnet("pwsh -NoProfile -NonInteractive -File tests/AiRegOps.PowerShell.Tests/Scripts/dates-in-cultures.ps1");

        Assert.True(run.ExitCode == 0, $"pwsh exited with {run.ExitCode}:{Environment.NewLine}{run.Output}");
        foreach (var culture in new[] { "de-DE", "en-US", "zh-CN" })
        {
            var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.TrimEntries), l => l.StartsWith(culture + " ", StringComparison.Ordinal));
            Assert.Contains("due=2026-06-02", line, StringComparison.Ordinal);
            Assert.Contains("-Start: expected a date as yyyy-MM-dd", line, StringComparison.Ordinal);
            Assert.Contains("got '06/01/2026', which is ambiguous", line, StringComparison.Ordinal);
        }
    }

    private static (int ExitCode, string Output) RunDotnet(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        // A guard against a hung process, not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }
}
