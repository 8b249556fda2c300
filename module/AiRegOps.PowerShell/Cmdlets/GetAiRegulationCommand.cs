using System.Management.Automation;
using AiRegOps.Core.Catalogue;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>Lists the regulations in the catalogue, optionally with whether each binds on a date.</summary>
[Cmdlet(VerbsCommon.Get, "AiRegulation")]
[OutputType(typeof(Regulation))]
public sealed class GetAiRegulationCommand : AiRegOpsCmdlet
{
    /// <summary>Regulation ids (wildcards allowed). Binds source citations by their RegulationId.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("RegulationId")]
    [ArgumentCompleter(typeof(RegulationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Adds AsOf, InForce and StateOn to each regulation for this date.</summary>
    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    protected override void ProcessRecord()
    {
        var catalogue = Catalogue;
        IEnumerable<Regulation> selected = catalogue.Regulations;
        if (Id is not null)
        {
            var (matches, unmatched) = CatalogueLookup.Match(catalogue.Regulations, Id, r => [r.Id, r.ShortName]);
            foreach (var id in unmatched)
            {
                WriteItemError(CatalogueLookup.UnknownRegulation(catalogue, id), "RegulationNotFound", ErrorCategory.ObjectNotFound, id);
            }

            selected = matches;
        }

        foreach (var regulation in selected)
        {
            WriteOutput(AsOf is { } asOf ? RegulationView.On(regulation, Dates.ToDateOnly(asOf)) : regulation);
        }
    }
}
