using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The one date type at the edge of every cmdlet: binds a date parameter from text only when it is written yyyy-MM-dd,
/// so '2025/10/15' or '06/01/2026' is one clear error naming the parameter and the form expected instead of a guess
/// that depends on the session's culture (PowerShell's own binding reads '06/01/2026' as 6 January under de-DE and
/// as 1 June under en-US). DateTime, DateOnly and DateTimeOffset objects pass unchanged. Every date parameter of every
/// cmdlet carries it; a new cmdlet's date parameter must too (Module.Tests.ps1 checks).
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

    // Two short numbers and a year, in either order and with any separator: 06/01/2026, 6.1.2026, 2026/06/01.
    private static bool LooksAmbiguous(string? text) =>
        text is not null && System.Text.RegularExpressions.Regex.IsMatch(
            text.Trim(), @"^(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.]\d{1,2}[/.]\d{1,2})$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private object Parse(string? text, EngineIntrinsics engine)
    {
        try
        {
            return DateInput.Parse(text, ParameterName).ToDateTime(TimeOnly.MinValue);
        }
        catch (ComplianceInputException ex)
        {
            var message = LooksAmbiguous(text)
                ? $"{ParameterName}: expected {DateInput.Expected}, got '{text}', which is ambiguous (day and month swap between cultures)."
                : ex.Message;
            if (FailsGate)
            {
                GateErrors.FailBinding(engine);
            }

            throw new ArgumentTransformationMetadataException(message, ex);
        }
    }
}
