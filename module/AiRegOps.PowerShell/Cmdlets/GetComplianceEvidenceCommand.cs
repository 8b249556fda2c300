using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>Lists the evidence recorded in the session's store, by service then sequence; the filters combine.</summary>
[Cmdlet(VerbsCommon.Get, "ComplianceEvidence")]
[OutputType(typeof(EvidenceRecord))]
public sealed class GetComplianceEvidenceCommand : AiRegOpsCmdlet
{
    public const string InvalidErrorId = "EvidenceInvalid";
    public const string ReadFailedErrorId = "EvidenceReadFailed";

    private EvidenceService? service;

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Service { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ObligationId")]
    [ArgumentCompleter(typeof(ObligationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Obligation { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PeriodKey")]
    [ValidateNotNullOrEmpty]
    public string? Period { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeploymentId")]
    [ValidateNotNullOrEmpty]
    public string? Deployment { get; set; }

    protected override void BeginProcessing() => service = ComplianceStore.Open(this);

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        if (Service is not null && !ServiceNames.IsValid(Service))
        {
            WriteError(new ErrorRecord(new ArgumentException($"'{Service}' is not a valid service name."), InvalidErrorId, ErrorCategory.InvalidArgument, Service));
            return;
        }

        var query = new EvidenceQuery { Service = Service, ObligationId = Obligation, Period = Period, DeploymentId = Deployment };
        try
        {
            WriteOutputs(Await(ct => service!.QueryAsync(query, ct)));
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, ReadFailedErrorId, ErrorCategory.ReadError, Service, "Could not read the evidence ledger"));
        }
    }
}
