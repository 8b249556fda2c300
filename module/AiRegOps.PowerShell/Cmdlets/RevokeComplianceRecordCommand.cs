using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Records;
using AiRegOps.Core.State;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Withdraws a record (a filing, an ethics registration) without deleting anything: appends a revocation (the reason,
/// who, and when) to the ledger the record is in. The record stays and verification still passes; the schedule, the
/// gate and every other computation stop counting it. Pipe records from Get-ComplianceRecord. -WhatIf writes nothing.
/// </summary>
[Cmdlet(VerbsSecurity.Revoke, "ComplianceRecord", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ComplianceRecord))]
public sealed class RevokeComplianceRecordCommand : WorkspaceCmdlet
{
    public const string NotFoundErrorId = "RecordNotFound";
    public const string InvalidErrorId = "RevocationInvalid";

    /// <summary>The content hash of the record (sha256:... or the 64 hex digits), as Get-ComplianceRecord shows it.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Hash { get; set; } = string.Empty;

    /// <summary>The service the record belongs to; omitted (or empty, as piped for a record of the whole unit), the unit's records.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [AllowNull]
    [AllowEmptyString]
    public string? Service { get; set; }

    /// <summary>Why it no longer counts; kept in the ledger.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLength(1, Revocations.MaxReasonLength)]
    public string Reason { get; set; } = string.Empty;

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string RevokedBy { get; set; } = Environment.UserName;

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        if (!ContentHash.TryParse(Hash, out var hash))
        {
            WriteError(new ErrorRecord(new ArgumentException($"-Hash: expected a content hash (sha256: and 64 hex digits), got '{Hash}'."), InvalidErrorId, ErrorCategory.InvalidArgument, Hash));
            return;
        }

        var ledger = string.IsNullOrEmpty(Service) ? RecordEntries.UnitLedger : Service;
        if (!ServiceNames.IsValid(ledger))
        {
            WriteError(new ErrorRecord(new ArgumentException($"-Service: '{Service}' is not a valid service name."), InvalidErrorId, ErrorCategory.InvalidArgument, Service));
            return;
        }

        var records = Records;
        var whose = ledger == RecordEntries.UnitLedger ? "the whole unit" : ledger;
        if (!ShouldProcess(records.Location, $"Revoke the record {hash} of {whose}: {Reason}"))
        {
            return;
        }

        try
        {
            var revoked = Await(ct => records.Store.RevokeAsync(ledger, hash, Reason, RevokedBy, ct));
            if (revoked is null)
            {
                WriteVerbose($"The record {hash} of {whose} is already revoked for that reason; nothing was written.");
                return;
            }

            WriteOutput(revoked);
        }
        catch (EvidenceNotFoundException ex)
        {
            WriteError(new ErrorRecord(new ItemNotFoundException(ComplianceStore.Redact(ex.Message)), NotFoundErrorId, ErrorCategory.ObjectNotFound, Hash));
        }
        catch (ArgumentException ex)
        {
            WriteError(new ErrorRecord(new ArgumentException(ComplianceStore.Redact(ex.Message)), InvalidErrorId, ErrorCategory.InvalidArgument, Hash));
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, ComplianceRecords.WriteFailedErrorId, ErrorCategory.WriteError, Hash, $"Could not revoke the record {hash} of {whose}"));
        }
    }
}
