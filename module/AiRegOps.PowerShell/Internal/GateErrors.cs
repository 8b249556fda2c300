using System.Management.Automation;
using AiRegOps.Core.Gate;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Error records for what stops the compliance gate without a verdict, and the binding-time half of failing closed:
/// a parameter that cannot be bound never reaches the cmdlet, so its attribute sets $LASTEXITCODE to 2 itself.
/// </summary>
internal static class GateErrors
{
    /// <summary>
    /// An exception no stage of the gate expected. A file-system problem is named as one; anything else is a defect,
    /// reported by type and message only (no stack trace at the user).
    /// </summary>
    public static ErrorRecord Unexpected(Exception exception, DateOnly asOf)
    {
        if (exception is IOException or UnauthorizedAccessException)
        {
            return new ErrorRecord(
                new IOException($"The compliance gate did not run: {exception.Message} It does not pass without reading its input.", exception),
                "ComplianceGateInputUnreadable", ErrorCategory.ReadError, null);
        }

        var message = $"The compliance gate stopped on an internal error ({exception.GetType().Name}: {exception.Message}) while judging as of {Dates.Iso(asOf)}; it does not pass. This is a defect in AiRegOps: please report it with the profile that caused it.";
        return new ErrorRecord(new InvalidOperationException(message, exception), "ComplianceGateInternalError", ErrorCategory.NotSpecified, null);
    }

    /// <summary>Sets $LASTEXITCODE to 2 in the global scope: the gate could not judge.</summary>
    public static void FailBinding(EngineIntrinsics engine) =>
        engine.SessionState.PSVariable.Set("global:LASTEXITCODE", GateExitCode.InputError);
}
