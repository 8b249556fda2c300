using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Verifies the session's evidence store: every ledger chain (changed, removed or reordered entries) and every blob
/// (missing or changed), and reports orphans. Outputs the report, a warning per problem, and an error when invalid.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "ComplianceEvidence")]
[OutputType(typeof(VerificationReport))]
public sealed class TestComplianceEvidenceCommand : AiRegOpsCmdlet
{
    public const string InvalidErrorId = "EvidenceVerificationFailed";
    public const string ReadFailedErrorId = "EvidenceReadFailed";
    public const string ServiceInvalidErrorId = "EvidenceInvalid";

    private EvidenceService? service;

    /// <summary>Only this service's ledger and blobs; omitted, every service and orphan blobs.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Service { get; set; }

    protected override void BeginProcessing() => service = ComplianceStore.Open(this);

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        if (Service is not null && !ServiceNames.IsValid(Service))
        {
            WriteError(new ErrorRecord(new ArgumentException($"'{Service}' is not a valid service name."), ServiceInvalidErrorId, ErrorCategory.InvalidArgument, Service));
            return;
        }

        VerificationReport report;
        try
        {
            report = Await(ct => service!.VerifyAsync(new EvidenceVerifyOptions { Service = Service }, ct));
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, ReadFailedErrorId, ErrorCategory.ReadError, Service, "Could not verify the evidence store"));
            return;
        }

        foreach (var problem in report.Problems)
        {
            WriteWarning(ComplianceStore.Redact(problem.ToString()));
        }

        WriteOutput(report);
        if (!report.IsValid)
        {
            WriteError(new ErrorRecord(
                new EvidenceIntegrityException(ComplianceStore.Redact($"The evidence store failed verification ({report}): {string.Join(" ", report.Errors.Select(p => p.Message))}")),
                InvalidErrorId, ErrorCategory.InvalidData, Service ?? (object)service!.Location));
        }
    }
}
