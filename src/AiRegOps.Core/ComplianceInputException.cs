namespace AiRegOps.Core;

/// <summary>
/// Input a user gave (a profile field, a filing number, a URL, a date, a file) is not what was expected. The message
/// names the input and what was expected, so a cmdlet can show it as is.
/// </summary>
public sealed class ComplianceInputException : Exception
{
    public ComplianceInputException(string input, string expected, string? actual = null, Exception? innerException = null)
        : base(BuildMessage(input, expected, actual), innerException)
    {
        Input = input;
        Expected = expected;
        Actual = actual;
    }

    public ComplianceInputException()
        : this("input", "a value")
    {
    }

    public ComplianceInputException(string message)
        : base(message)
    {
        Input = string.Empty;
        Expected = string.Empty;
    }

    public ComplianceInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Input = string.Empty;
        Expected = string.Empty;
    }

    /// <summary>The input that was wrong, e.g. "-FilingNumber" or "controls.logRetentionMonths" or a file path.</summary>
    public string Input { get; }

    /// <summary>What was expected, in words.</summary>
    public string Expected { get; }

    /// <summary>What was given, when it is safe and short enough to repeat.</summary>
    public string? Actual { get; }

    private static string BuildMessage(string input, string expected, string? actual) =>
        actual is null
            ? $"{input}: expected {expected}."
            : $"{input}: expected {expected}, got '{actual}'.";
}
