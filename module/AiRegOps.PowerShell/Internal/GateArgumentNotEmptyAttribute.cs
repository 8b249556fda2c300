using System.Collections;
using System.Management.Automation;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// <c>ValidateNotNullOrEmpty</c> for the gate's parameters, failing closed: an empty value (typically an unset
/// environment variable in a pipeline) is a binding error the cmdlet never sees, so the attribute itself sets
/// $LASTEXITCODE to 2 before refusing it, and `Invoke-ComplianceGate …; exit $LASTEXITCODE` cannot exit 0.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class GateArgumentNotEmptyAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        var empty = value switch
        {
            null => true,
            string text => text.Length == 0,
            IEnumerable items => items.Cast<object?>().Any(i => i is null || (i is PSObject p ? p.BaseObject : i) is string { Length: 0 }) || !items.Cast<object?>().Any(),
            _ => false,
        };
        if (empty)
        {
            GateErrors.FailBinding(engineIntrinsics);
            throw new ValidationMetadataException("The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.");
        }
    }
}
