using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Lists obligations from the catalogue, filtered by id, seed number, regulation, role and phase. With -AsOf only the
/// obligations binding on that date are returned (add -IncludeUpcoming for those whose rule is promulgated but not yet
/// in force); each then carries AsOf and BindingState.
/// </summary>
[Cmdlet(VerbsCommon.Get, "AiObligation")]
[OutputType(typeof(Obligation))]
public sealed class GetAiObligationCommand : AiRegOpsCmdlet
{
    /// <summary>Obligation ids (wildcards allowed). Binds schedule items by their ObligationId.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ObligationId")]
    [ArgumentCompleter(typeof(ObligationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>The seed document's numbers, e.g. A.1 or B.12 (wildcards allowed).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SeedRefCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? SeedRef { get; set; }

    /// <summary>Only obligations citing one of these regulations.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("RegulationId")]
    [ArgumentCompleter(typeof(RegulationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Regulation { get; set; }

    /// <summary>Only obligations binding one of these roles.</summary>
    [Parameter]
    public ObligorRole[]? Role { get; set; }

    /// <summary>Only obligations in one of these phases.</summary>
    [Parameter]
    public ObligationPhase[]? Phase { get; set; }

    /// <summary>Only obligations binding on this date (see -IncludeUpcoming).</summary>
    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    /// <summary>With -AsOf, also return obligations whose rule is promulgated but not yet in force on that date.</summary>
    [Parameter]
    public SwitchParameter IncludeUpcoming { get; set; }

    protected override void BeginProcessing()
    {
        if (IncludeUpcoming && AsOf is null)
        {
            ThrowSetupError(
                new ArgumentException("-IncludeUpcoming needs -AsOf: without a date every obligation is returned."),
                "IncludeUpcomingNeedsAsOf", ErrorCategory.InvalidArgument, null);
        }
    }

    protected override void ProcessRecord()
    {
        var catalogue = Catalogue;
        IEnumerable<Obligation> selected = catalogue.Obligations;

        if (Regulation is not null)
        {
            var (regulations, unknown) = CatalogueLookup.Match(catalogue.Regulations, Regulation, r => [r.Id, r.ShortName]);
            foreach (var id in unknown)
            {
                WriteItemError(CatalogueLookup.UnknownRegulation(catalogue, id), "RegulationNotFound", ErrorCategory.ObjectNotFound, id);
            }

            var regulationIds = regulations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            selected = selected.Where(o => o.RegulationIds.Any(regulationIds.Contains));
        }

        if (Id is not null)
        {
            var (matches, unknown) = CatalogueLookup.Match(selected.ToList(), Id, o => [o.Id, o.SeedRef]);
            foreach (var id in unknown.Where(id => !catalogue.TryGetObligation(id, out _) && catalogue.FindBySeedRef(id) is null))
            {
                WriteItemError(CatalogueLookup.UnknownObligation(catalogue, id), "ObligationNotFound", ErrorCategory.ObjectNotFound, id);
            }

            selected = matches;
        }

        if (SeedRef is not null)
        {
            var (matches, unknown) = CatalogueLookup.Match(selected.ToList(), SeedRef, o => [o.SeedRef]);
            foreach (var seedRef in unknown.Where(s => catalogue.FindBySeedRef(s) is null))
            {
                WriteItemError(CatalogueLookup.UnknownObligation(catalogue, seedRef), "ObligationNotFound", ErrorCategory.ObjectNotFound, seedRef);
            }

            selected = matches;
        }

        if (Role is { Length: > 0 })
        {
            selected = selected.Where(o => o.Roles.Any(Role.Contains));
        }

        if (Phase is { Length: > 0 })
        {
            selected = selected.Where(o => Phase.Contains(o.Phase));
        }

        foreach (var obligation in selected)
        {
            if (AsOf is not { } asOfDateTime)
            {
                WriteOutput(obligation);
                continue;
            }

            var asOf = Dates.ToDateOnly(asOfDateTime);
            var state = catalogue.BindingStateOn(obligation, asOf);
            if (state == BindingState.Binding || (IncludeUpcoming && state == BindingState.NotYetInForce))
            {
                WriteOutput(RegulationView.On(obligation, state, asOf));
            }
        }
    }
}
