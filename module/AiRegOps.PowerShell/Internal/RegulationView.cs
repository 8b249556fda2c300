using System.Management.Automation;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.PowerShell.Internal;

/// <summary>Annotates catalogue objects with their status on a date. Works on copies: the catalogue is shared.</summary>
internal static class RegulationView
{
    public static PSObject On(Regulation regulation, DateOnly asOf)
    {
        var copy = PSObject.AsPSObject(regulation with { });
        copy.Properties.Add(new PSNoteProperty("AsOf", asOf));
        copy.Properties.Add(new PSNoteProperty("InForce", regulation.IsBindingOn(asOf)));
        copy.Properties.Add(new PSNoteProperty("StateOn", StateOn(regulation, asOf)));
        return copy;
    }

    public static PSObject On(Obligation obligation, BindingState state, DateOnly asOf)
    {
        var copy = PSObject.AsPSObject(obligation with { });
        copy.Properties.Add(new PSNoteProperty("AsOf", asOf));
        copy.Properties.Add(new PSNoteProperty("BindingState", state));
        return copy;
    }

    private static string StateOn(Regulation regulation, DateOnly asOf) =>
        regulation.Status == RegulationStatus.Draft ? "Draft"
        : regulation.EffectiveOn is null ? "EffectiveDateUnknown"
        : regulation.IsBindingOn(asOf) ? "InForce"
        : regulation.IsUpcomingOn(asOf) ? "NotYetInForce"
        : "Ended";
}
