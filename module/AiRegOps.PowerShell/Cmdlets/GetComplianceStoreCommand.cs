using System.Management.Automation;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>Shows the evidence store the session uses: its kind and location, never a key or connection string.</summary>
[Cmdlet(VerbsCommon.Get, "ComplianceStore")]
[OutputType(typeof(ComplianceStoreInfo))]
public sealed class GetComplianceStoreCommand : AiRegOpsCmdlet
{
    protected override void EndProcessing() => WriteOutput(ComplianceStore.Describe(this));
}
