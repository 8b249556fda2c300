using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Records;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Where a command keeps and reads records (filings, ethics registrations), and the one place that decides it:
/// -StateFolder, else the AIREGOPS_STATE environment variable (a local record store in that folder), else the store the
/// session chose with Set-ComplianceStore (by default the local ./.airegops/evidence), so one choice serves evidence and
/// records, and records written against Azure are the ones the Functions sweep reads.
/// </summary>
internal sealed class ComplianceRecords
{
    public const string EnvironmentVariable = "AIREGOPS_STATE";
    public const string WriteFailedErrorId = "RecordWriteFailed";
    public const string ReadFailedErrorId = "RecordReadFailed";

    private ComplianceRecords(EvidenceService evidence, string location)
    {
        Evidence = evidence;
        Location = location;
        Store = new ComplianceRecordStore(evidence, Environment.UserName);
    }

    /// <summary>The evidence location the records share (the session's, or the -StateFolder one).</summary>
    public EvidenceService Evidence { get; }

    public ComplianceRecordStore Store { get; }

    /// <summary>Where the records are, for messages and -WhatIf (never a secret).</summary>
    public string Location { get; }

    /// <summary>The record store for a cmdlet, from its -StateFolder value, the environment or the session's store.</summary>
    public static ComplianceRecords For(PSCmdlet cmdlet, string? stateFolder, Func<EvidenceService> sessionStore)
    {
        var chosen = !string.IsNullOrWhiteSpace(stateFolder) ? stateFolder
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : null;
        if (chosen is null)
        {
            var session = sessionStore();
            return new ComplianceRecords(session, session.Ledger.Location);
        }

        var folder = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(chosen);
        var local = EvidenceService.ForLocalFolder(folder);
        return new ComplianceRecords(local, local.Ledger.Location);
    }
}
