using System.Globalization;

namespace AiRegOps.Core.Safety;

/// <summary>An input file has errors; nothing was scored. Lists the first errors and counts the rest.</summary>
public sealed class SafetyInputException : Exception
{
    public SafetyInputException(IReadOnlyList<SafetyInputError> errors, long total)
        : base(BuildMessage(errors, total))
    {
        Errors = errors;
        TotalErrors = total;
    }

    public SafetyInputException()
        : this([], 0)
    {
    }

    public SafetyInputException(string message)
        : base(message)
    {
        Errors = [];
    }

    public SafetyInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<SafetyInputError> Errors { get; }

    /// <summary>All errors found, including those not listed.</summary>
    public long TotalErrors { get; }

    private static string BuildMessage(IReadOnlyList<SafetyInputError> errors, long total)
    {
        var text = string.Join(Environment.NewLine, errors.Take(10));
        var more = total - Math.Min(errors.Count, 10);
        return more > 0 ? text + Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"... and {more} more errors") : text;
    }
}
