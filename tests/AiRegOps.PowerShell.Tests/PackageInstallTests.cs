using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AiRegOps.PowerShell.Tests;

/// <summary>
/// The module package as a user gets it: out/packages/AiRegOps.&lt;version&gt;.nupkg (made by npm run package; build/test.sh
/// makes it after its build) is installed with Install-PSResource into an empty module path in a fresh pwsh, imported by
/// name, and used.
/// </summary>
public sealed partial class PackageInstallTests : IDisposable
{
    private readonly string home = Path.Join(Path.GetTempPath(), "airegops-install-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_published_package_installs_into_an_empty_module_path_and_every_area_works()
    {
        var package = PublishedPackage();
        Directory.CreateDirectory(Path.Join(home, ".local", "share"));
        // .NET reports the user's configuration folder only if it exists; with none, NuGet (under PSResourceGet) would
        // write its user NuGet.Config under the working directory, the repository root, instead of in this home.
        Directory.CreateDirectory(Path.Join(home, ".config"));
        var work = Directory.CreateDirectory(Path.Join(home, "work")).FullName;

        var run = RunPwsh(
            work,
            Path.Join(RepoPaths.Root, "tests", "AiRegOps.PowerShell.Tests", "Package", "Install-FromPackage.ps1"),
            arguments: ["-PackageFolder", Path.GetDirectoryName(package)!, "-ExampleProfile", Path.Join(RepoPaths.Root, "examples", "genai-chat", "airegops.yml")]);

        Assert.True(run.ExitCode == 0, $"pwsh exited with {run.ExitCode}:{Environment.NewLine}{run.Output}");
        var values = run.Output.Split('\n', StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1]);
        Assert.Equal("0", values["before"]);
        Assert.StartsWith(Path.Join(home, ".local", "share", "powershell", "Modules", "AiRegOps", ModuleVersion()), values["base"], StringComparison.Ordinal);
        Assert.Equal($"AiRegOps {ModuleVersion()}", values["manifest"]);
        Assert.Equal(ManifestCmdletCount().ToString(System.Globalization.CultureInfo.InvariantCulture), values["exported"]);
        Assert.Equal("True", values["license"]);
        Assert.True(int.Parse(values["regulations"], System.Globalization.CultureInfo.InvariantCulture) >= 6);
        Assert.Equal("zhiliao-chat", values["service"]);
        Assert.Equal("True", values["attribute"]);
        Assert.True(int.Parse(values["schedule"], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("2025-10-16", values["deadline"]);
        Assert.StartsWith("sha256:", values["evidence"], StringComparison.Ordinal);
        Assert.True(int.Parse(values["reminders"], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Azure", values["store"]);
    }

    public void Dispose()
    {
        if (Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>The package of the manifest's version; published from the laid-out module when the build has not made it yet.</summary>
    private string PublishedPackage()
    {
        var package = Path.Join(RepoPaths.Root, "out", "packages", $"AiRegOps.{ModuleVersion()}.nupkg");
        if (!File.Exists(package) || File.GetLastWriteTimeUtc(package) < File.GetLastWriteTimeUtc(Path.Join(RepoPaths.Root, "out", "AiRegOps", "AiRegOps.PowerShell.dll")))
        {
            var store = Directory.CreateDirectory(Path.Join(home, "publish-store")).FullName;
            var publish = RunPwsh(RepoPaths.Root, Path.Join(RepoPaths.Root, "build", "Publish-ModulePackage.ps1"), xdgDataHome: store);
            Assert.True(publish.ExitCode == 0, $"Publishing the package failed:{Environment.NewLine}{publish.Output}");
        }

        Assert.True(File.Exists(package), $"{package} is missing: npm run package makes it.");
        return package;
    }

    private static string ModuleVersion() => VersionPattern().Match(File.ReadAllText(RepoPaths.RootManifest)).Groups[1].Value;

    private static int ManifestCmdletCount()
    {
        var text = File.ReadAllText(RepoPaths.RootManifest);
        var list = text[text.IndexOf("CmdletsToExport", StringComparison.Ordinal)..];
        list = list[..list.IndexOf(')', StringComparison.Ordinal)];
        return CmdletPattern().Matches(list).Count;
    }

    /// <summary>
    /// Runs the repository's pwsh tool with HOME set to the test's empty folder (so the user module path is empty);
    /// <paramref name="xdgDataHome"/> moves PSResourceGet's repository list for the publish step.
    /// </summary>
    private (int ExitCode, string Output) RunPwsh(string workingDirectory, string script, string? xdgDataHome = null, IReadOnlyList<string>? arguments = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["pwsh", "-NoProfile", "-NonInteractive", "-WorkingDirectory", workingDirectory, "-File", script, .. arguments ?? []])
        {
            start.ArgumentList.Add(argument);
        }

        // The dotnet tool and its NuGet cache stay where they are; only PowerShell's user folders move.
        var nugetPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["DOTNET_CLI_HOME"] = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        start.Environment["HOME"] = home;
        start.Environment.Remove("XDG_DATA_HOME");
        start.Environment.Remove("PSModulePath");
        if (xdgDataHome is not null)
        {
            start.Environment["XDG_DATA_HOME"] = xdgDataHome;
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["GITHUB_TOKEN"] = null;
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

    [GeneratedRegex(@"ModuleVersion\s*=\s*'([^']+)'")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"'[A-Z][a-z]+-[A-Za-z]+'")]
    private static partial Regex CmdletPattern();
}
