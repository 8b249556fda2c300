using System.Management.Automation;

namespace AiRegOps.PowerShell.Output;

/// <summary>
/// On a parameter that takes core objects from the pipeline: an AiRegOps output object (from Import-ServiceProfile,
/// Get-ComplianceEvidence, ...) binds as the core object it was made from.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class CoreObjectAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => OutputObjects.OriginalOf(inputData);
}
