using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Reports;

namespace AiRegOps.PowerShell.Internal;

/// <summary>Error records for the input and output problems the compliance cmdlets share.</summary>
internal static class ErrorRecords
{
    public const string OutputPathInvalid = "OutputPathInvalid";
    public const string OutputWriteFailed = "OutputWriteFailed";

    /// <summary>Bad user input: the exception already names the input, what was expected and what was given.</summary>
    public static ErrorRecord Input(ComplianceInputException exception, string errorId, object? target) =>
        new(exception, errorId, ErrorCategory.InvalidArgument, target ?? exception.Actual ?? exception.Input);

    /// <summary>A file or folder that could not be written; nothing was left half-written.</summary>
    public static ErrorRecord WriteFailed(Exception exception, string errorId, string path) =>
        new(new IOException($"Could not write '{path}': {exception.Message} Nothing was changed there.", exception), errorId, ErrorCategory.WriteError, path);
}
