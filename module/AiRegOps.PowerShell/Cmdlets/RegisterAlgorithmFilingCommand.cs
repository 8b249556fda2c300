using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.Core;
using AiRegOps.Core.Filings;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Records a completed filing (its number and date) for a service in the record store (the store Set-ComplianceStore
/// chose, or -StateFolder), where Get-ComplianceSchedule, the gate and the Functions sweep find it. The record is
/// appended to the service's hash-chained ledger; recording the same filing twice changes nothing, and
/// Revoke-ComplianceRecord withdraws one. The number must be 网信算备 + 21 digits + 号.
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "AlgorithmFiling", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RecordedFiling))]
public sealed class RegisterAlgorithmFilingCommand : WorkspaceCmdlet
{
    public const string NumberInvalidErrorId = "FilingNumberInvalid";
    public const string NumberMissingErrorId = "FilingNumberMissing";
    public const string DateInFutureErrorId = "FiledOnInFuture";

    // Core enums are kept in int fields: a field of a value type from AiRegOps.Core would make the runtime load the
    // engine while PowerShell scans the module's types, before the module initializer can route it to its load context.
    private int kind = (int)FilingKind.New;
    private DateOnly today;

    /// <summary>The service's name (the profile's metadata.name).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceName", "Name")]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string Service { get; set; } = string.Empty;

    /// <summary>The filing number the CAC issued.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Number")]
    public string? FilingNumber { get; set; }

    /// <summary>The date the filing procedure was completed.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [IsoDate("-FiledOn")]
    public DateTime FiledOn { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public FilingKind Kind { get => (FilingKind)kind; set => kind = (int)value; }

    /// <summary>Record even when the service matches nothing known (warns instead of refusing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void BeginProcessing()
    {
        today = Workspace.Today;
    }

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        var filedOn = Dates.ToDateOnly(FiledOn);
        if (filedOn > today)
        {
            WriteError(ErrorRecords.Input(
                new ComplianceInputException("-FiledOn", $"the date the filing was completed, on or before today in China ({Dates.Iso(today)})", Dates.Iso(filedOn)),
                DateInFutureErrorId, filedOn));
            return;
        }

        if (!Known.Check(Service, null, null, today, Force, StopToken))
        {
            return;
        }

        RecordedFiling record;
        try
        {
            record = AlgorithmFiling.CreateRecord(Service, Kind, FilingNumber, filedOn);
        }
        catch (ComplianceInputException ex)
        {
            WriteError(ErrorRecords.Input(ex, string.IsNullOrWhiteSpace(FilingNumber) ? NumberMissingErrorId : NumberInvalidErrorId, FilingNumber ?? Service));
            return;
        }

        var records = Records;
        if (ShouldProcess(records.Location, $"Record the {Kind} filing {record.Number ?? "(no number)"} of {Service}, filed on {Dates.Iso(filedOn)}"))
        {
            try
            {
                if (!Await(ct => records.Store.AddAsync(record, ct)))
                {
                    WriteVerbose($"The {Kind} filing of {Service} on {Dates.Iso(filedOn)} is already recorded in {records.Location}; nothing was written.");
                }
            }
            catch (Exception ex) when (ex is EvidenceException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                WriteError(ComplianceStore.Error(ex, ComplianceRecords.WriteFailedErrorId, ErrorCategory.WriteError, Service, $"Could not record the filing of {Service} in {records.Location}"));
                return;
            }
        }

        WriteOutput(record);
    }
}
