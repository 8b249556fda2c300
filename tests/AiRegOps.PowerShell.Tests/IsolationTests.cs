namespace AiRegOps.PowerShell.Tests;

/// <summary>
/// The module's dependencies load into its own AssemblyLoadContext: a session that already loaded another YamlDotNet
/// (16.3.0 here, the module ships 18.x) still imports AiRegOps and reads profiles with the module's own copy.
/// </summary>
public sealed class IsolationTests
{
    private const string LoadedYamlDotNet = """
        [AppDomain]::CurrentDomain.GetAssemblies() |
            Where-Object { $_.GetName().Name -eq 'YamlDotNet' } |
            ForEach-Object {
                [pscustomobject]@{
                    Version = $_.GetName().Version.ToString()
                    Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name
                    Location = $_.Location
                }
            }
        """;

    [Fact]
    public void Another_YamlDotNet_loaded_first_does_not_break_the_module()
    {
        using var shell = new HostedPowerShell();
        shell.Run("param($Path) Add-Type -Path $Path", new Dictionary<string, object?> { ["Path"] = RepoPaths.ForeignYamlDotNet });
        var foreign = Assert.Single(shell.Run(LoadedYamlDotNet), y => (string)y.Properties["Location"].Value == RepoPaths.ForeignYamlDotNet);
        Assert.StartsWith("16.", (string)foreign.Properties["Version"].Value, StringComparison.Ordinal);

        shell.Run("param($Path) Import-Module -Name $Path -ErrorAction Stop", new Dictionary<string, object?> { ["Path"] = RepoPaths.ModuleManifest });
        var profiles = shell.Run(
            "param($Path) Import-ServiceProfile -Path $Path -ErrorAction Stop",
            new Dictionary<string, object?> { ["Path"] = Path.Join(RepoPaths.PesterSuites, "TestData", "profiles", "valid.airegops.yml") });
        Assert.NotEmpty(profiles);

        // Cmdlets write output objects; the core object each was made from is the one whose load context counts.
        var coreContext = Assert.Single(shell.Run(
            "param($Profile) [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([AiRegOps.PowerShell.Output.OutputObjects]::Original($Profile).GetType().Assembly).Name",
            new Dictionary<string, object?> { ["Profile"] = profiles[0] }));
        Assert.Equal("AiRegOps", coreContext.BaseObject);

        var loaded = shell.Run(LoadedYamlDotNet);
        var ours = Assert.Single(loaded, y => ((string)y.Properties["Location"].Value).Contains(Path.Join("out", "AiRegOps", "Dependencies"), StringComparison.Ordinal));
        Assert.Equal("AiRegOps", ours.Properties["Context"].Value);
        Assert.StartsWith("18.", (string)ours.Properties["Version"].Value, StringComparison.Ordinal);
        Assert.NotEqual(ours.Properties["Context"].Value, foreign.Properties["Context"].Value);
        Assert.NotEqual(ours.Properties["Version"].Value, foreign.Properties["Version"].Value);
    }
}
