using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace AiRegOps.PowerShell.Tests;

/// <summary>A fresh in-process runspace (default session state; execution policy left alone, which Linux rejects).</summary>
internal sealed class HostedPowerShell : IDisposable
{
    private readonly Runspace runspace;

    public HostedPowerShell()
    {
        runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        runspace.SessionStateProxy.Path.SetLocation(RepoPaths.Root);
        runspace.SessionStateProxy.SetVariable("AiRegOpsRepoRoot", RepoPaths.Root);
        runspace.SessionStateProxy.SetVariable("AiRegOpsManifest", RepoPaths.ModuleManifest);
    }

    /// <summary>Runs a script; fails the test with the error records if any were written.</summary>
    public Collection<PSObject> Run(string script, IDictionary<string, object?>? parameters = null)
    {
        var (output, errors) = TryRun(script, parameters);
        Assert.True(errors.Count == 0, $"The script wrote errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        return output;
    }

    /// <summary>Runs a script and returns its output and error records. Errors are read from the stream, not HadErrors.</summary>
    public (Collection<PSObject> Output, IReadOnlyList<ErrorRecord> Errors) TryRun(string script, IDictionary<string, object?>? parameters = null)
    {
        using var shell = System.Management.Automation.PowerShell.Create(runspace);
        shell.AddScript(script);
        if (parameters is not null)
        {
            shell.AddParameters((System.Collections.IDictionary)parameters.ToDictionary(p => p.Key, p => p.Value));
        }

        var output = shell.Invoke();
        return (output, shell.Streams.Error.ToList());
    }

    public void Dispose() => runspace.Dispose();
}
