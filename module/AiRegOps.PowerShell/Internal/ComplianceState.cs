using System.Management.Automation;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Filings;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The local state folder where recorded filings and ethics registrations persist, and the one place that decides
/// where it is: -StateFolder, else the AIREGOPS_STATE environment variable, else ./.airegops/state below the current
/// PowerShell location. The workspace (<see cref="WorkspaceCmdlet"/>) reads the records through the registries.
/// </summary>
internal sealed class ComplianceState
{
    public const string EnvironmentVariable = "AIREGOPS_STATE";
    public const string DefaultRelativePath = ".airegops/state";
    public const string InvalidErrorId = "StateFolderInvalid";
    public const string WriteFailedErrorId = "StateWriteFailed";

    private ComplianceState(string folder)
    {
        Folder = folder;
        Filings = new LocalFilingRegistry(folder);
        Ethics = new LocalEthicsRegistry(folder);
    }

    /// <summary>The full path of the state folder (it may not exist yet).</summary>
    public string Folder { get; }

    public IFilingRegistry Filings { get; }

    public IEthicsRegistry Ethics { get; }

    /// <summary>Whether anything has been recorded yet.</summary>
    public bool Exists => Directory.Exists(Folder);

    /// <summary>The state folder for a cmdlet, from its -StateFolder value, the environment or the default.</summary>
    public static ComplianceState For(PSCmdlet cmdlet, string? stateFolder)
    {
        var chosen = !string.IsNullOrWhiteSpace(stateFolder) ? stateFolder
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultRelativePath;
        return new ComplianceState(cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(chosen));
    }
}
