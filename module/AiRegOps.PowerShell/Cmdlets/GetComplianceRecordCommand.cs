using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Records;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Lists the records of the record store (filings, ethics registrations): what, for which service, who recorded it and
/// when, its content hash, and whether it was revoked. Reads the store Set-ComplianceStore chose, or -StateFolder. Each
/// ledger is verified first: one that does not verify is an error and none of its records is shown as counting.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ComplianceRecord")]
[OutputType(typeof(ComplianceRecord))]
public sealed class GetComplianceRecordCommand : WorkspaceCmdlet
{
    /// <summary>Only the records that concern this service (its own and the whole unit's).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceName")]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Service { get; set; }

    /// <summary>Also the revoked records (they stay in the ledger and no longer count).</summary>
    [Parameter]
    public SwitchParameter IncludeRevoked { get; set; }

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        var store = Records.Store;
        try
        {
            IReadOnlyList<ComplianceRecord> records = Service is null
                ? Await(ct => store.ListAsync(null, IncludeRevoked, ct))
                : [.. Await(ct => store.ListAsync(RecordEntries.UnitLedger, IncludeRevoked, ct)), .. ServiceNames.IsValid(Service) ? Await(ct => store.ListAsync(Service, IncludeRevoked, ct)) : []];
            WriteOutputs(records);
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, ComplianceRecords.ReadFailedErrorId, ErrorCategory.ReadError, Service, $"Could not read the records in {store.Location}"));
        }
    }
}
