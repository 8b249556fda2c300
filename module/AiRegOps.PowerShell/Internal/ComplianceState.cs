using System.Management.Automation;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The local state folder where recorded filings and ethics registrations persist, and the one place that decides
/// where it is: -StateFolder, else the AIREGOPS_STATE environment variable, else ./.airegops/state below the current
/// PowerShell location. Swap this class to move the state into another store; the cmdlets only see the registries.
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

    /// <summary>
    /// The profile with the filings and ethics registrations recorded for its service merged in, so the schedule sees
    /// them. Without a state folder the profile is returned as it is.
    /// </summary>
    public async Task<Func<ServiceProfile, ServiceProfile>> LoadMergeAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return static profile => profile;
        }

        var filings = await Filings.ListAsync(cancellationToken).ConfigureAwait(false);
        var registrations = await Ethics.ListAsync(cancellationToken).ConfigureAwait(false);
        if (filings.Count == 0 && registrations.Count == 0)
        {
            return static profile => profile;
        }

        return profile => EthicsProfiles.Apply(AlgorithmFiling.WithRecordedFilings(profile, filings), registrations);
    }
}
