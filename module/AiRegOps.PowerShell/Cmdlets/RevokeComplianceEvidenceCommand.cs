using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Withdraws evidence, or a recorded fact, without deleting anything: appends a revocation (the reason, who, and
/// when) to the service's ledger. The revoked entry stays and verification still passes; the schedule, the gate and
/// every other computation stop counting it. Pipe records from Get-ComplianceEvidence. -WhatIf writes nothing.
/// </summary>
[Cmdlet(VerbsSecurity.Revoke, "ComplianceEvidence", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(LedgerEntry))]
public sealed class RevokeComplianceEvidenceCommand : WorkspaceCmdlet
{
    public const string NotFoundErrorId = "EvidenceNotFound";
    public const string InvalidErrorId = "RevocationInvalid";
    public const string FailedErrorId = "RevocationFailed";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string Service { get; set; } = string.Empty;

    /// <summary>The content hash of the evidence (sha256:... or the 64 hex digits), as Get-ComplianceEvidence shows it.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Hash { get; set; } = string.Empty;

    /// <summary>Only the entry for this obligation (default: every obligation the content was added for).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ObligationId")]
    [ArgumentCompleter(typeof(ObligationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Obligation { get; set; }

    /// <summary>Only the entry for this period.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PeriodKey")]
    [ValidateNotNullOrEmpty]
    public string? Period { get; set; }

    /// <summary>Why it no longer counts; kept in the ledger.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
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

        if (!ServiceNames.IsValid(Service))
        {
            WriteError(new ErrorRecord(new ArgumentException($"-Service: '{Service}' is not a valid service name."), InvalidErrorId, ErrorCategory.InvalidArgument, Service));
            return;
        }

        var evidence = EvidenceStore;
        var what = $"Revoke {hash}{(Obligation is null ? string.Empty : $" for {Obligation}")}{(Period is null ? string.Empty : $" ({Period})")} of {Service}: {Reason}";
        if (!ShouldProcess(evidence.Location, what))
        {
            return;
        }

        try
        {
            var entries = Await(ct => evidence.RevokeAsync(Service, hash, Reason, RevokedBy, Obligation, Period, ct));
            if (entries.Count == 0)
            {
                WriteVerbose($"{hash} of {Service} is already revoked for that reason; nothing was written.");
            }

            WriteOutputs(entries);
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
            WriteError(ComplianceStore.Error(ex, FailedErrorId, ErrorCategory.WriteError, Hash, $"Could not revoke {hash} of {Service}"));
        }
    }
}
