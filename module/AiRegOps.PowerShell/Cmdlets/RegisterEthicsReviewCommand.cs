using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Workspace;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Records an ethics committee (-EstablishedOn) or an approved activity (-ApprovedOn) in the record store (the store
/// Set-ComplianceStore chose, or -StateFolder) and returns what follows: platform registration, annual reports,
/// follow-up reviews and advisories. Revoke-ComplianceRecord withdraws a registration. -WhatIf writes nothing.
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "EthicsReview", DefaultParameterSetName = CommitteeSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EthicsOutcome))]
public sealed class RegisterEthicsReviewCommand : WorkspaceCmdlet
{
    public const string InvalidErrorId = "EthicsRegistrationInvalid";

    private const string CommitteeSet = "Committee";
    private const string ActivitySet = "Activity";

    private DateOnly asOf;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = CommitteeSet)]
    [ValidateNotNullOrEmpty]
    public string Committee { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CommitteeSet)]
    [IsoDate("-EstablishedOn")]
    public DateTime EstablishedOn { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ActivitySet)]
    [ValidateNotNullOrEmpty]
    public string Activity { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ActivitySet)]
    [IsoDate("-ApprovedOn")]
    public DateTime ApprovedOn { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ActivitySet)]
    public SwitchParameter OnExpertReviewList { get; set; }

    /// <summary>The service it belongs to; omitted, it concerns every service of the unit.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Service { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IsoDate("-RegisteredOn")]
    public DateTime? RegisteredOn { get; set; }

    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    /// <summary>Record even when -Service matches nothing known (warns instead of refusing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void BeginProcessing() => asOf = AsOfOrToday(AsOf);

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        var committee = ParameterSetName == CommitteeSet;
        var registration = new EthicsRegistration
        {
            Kind = committee ? EthicsRegistrationKind.Committee : EthicsRegistrationKind.Activity,
            Name = committee ? Committee : Activity,
            Date = Dates.ToDateOnly(committee ? EstablishedOn : ApprovedOn),
            OnExpertReviewList = !committee && OnExpertReviewList,
            Service = Service,
            RegisteredOn = RegisteredOn is { } registered ? Dates.ToDateOnly(registered) : null,
        };

        try
        {
            // The plan checks the input first (a date after -AsOf, -RegisteredOn before the event) without reading state.
            EthicsReviewPlanner.Plan(registration, asOf, Workspace.Periods);
        }
        catch (ComplianceInputException ex)
        {
            WriteError(ErrorRecords.Input(ex, InvalidErrorId, registration.Name));
            return;
        }

        if (Service is not null)
        {
            if (!Known.Check(Service, null, null, asOf, Force, StopToken))
            {
                return;
            }

            if (Known.ProfileOf(Service) is { } profile && NameCheck.EthicsRoleProblem(profile, Catalogue) is { } roleProblem)
            {
                WriteWarning(roleProblem);
            }
        }

        var review = Workspace.EthicsReview();
        var records = Records;
        try
        {
            var outcome = Await(ct => review.PlanAsync(registration, asOf, ct));
            var what = $"Record the {(committee ? "ethics committee" : "approved activity")} '{registration.Name}' ({Dates.Iso(registration.Date)}){(Service is null ? string.Empty : $" of {Service}")}";
            if (outcome.AlreadyRecorded)
            {
                WriteVerbose($"{what}: already recorded in {records.Location}; nothing was written.");
            }
            else if (ShouldProcess(records.Location, what))
            {
                Await(ct => review.CommitAsync(outcome, ct));
            }

            if (outcome.Regime == EthicsRegime.Draft)
            {
                WriteWarning($"{Dates.Iso(registration.Date)} is before the final ethics review measures took effect: periods count from their effective date, as Get-ComplianceSchedule counts them.");
            }

            foreach (var note in outcome.Notes)
            {
                WriteVerbose(note);
            }

            WriteOutput(outcome);
        }
        catch (Exception ex) when (ex is EvidenceException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, ComplianceRecords.WriteFailedErrorId, ErrorCategory.WriteError, registration.Name, $"Could not record '{registration.Name}' in {records.Location}"));
        }
    }
}
