using System.Management.Automation;
using AiRegOps.Core.Reports;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Binds a date parameter from text only when it is written yyyy-MM-dd, so '2025/10/15' or '15.10.2025' is one clear
/// error naming the parameter instead of a culture-dependent guess. DateTime, DateOnly and DateTimeOffset values pass.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IsoDateAttribute(string parameterName) : ArgumentTransformationAttribute
{
    public string ParameterName { get; } = parameterName;

    /// <summary>
    /// The compliance gate's dates: a refused value sets $LASTEXITCODE to 2 before binding fails, because the gate
    /// never starts and could not set it (a bad date must not let `…; exit $LASTEXITCODE` pass).
    /// </summary>
    public bool FailsGate { get; set; }

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            null => null,
            DateTime => value,
            DateTimeOffset offset => offset.DateTime,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            string text => Parse(text, engineIntrinsics),
            _ => Parse(value.ToString(), engineIntrinsics),
        };
    }

    private object Parse(string? text, EngineIntrinsics engine)
    {
        try
        {
            return DateInput.Parse(text, ParameterName).ToDateTime(TimeOnly.MinValue);
        }
        catch (ComplianceInputException ex)
        {
            if (FailsGate)
            {
                GateErrors.FailBinding(engine);
            }

            throw new ArgumentTransformationMetadataException(ex.Message, ex);
        }
    }
}
