namespace AiRegOps.Core.Evidence;

/// <summary>Which service names a ledger accepts: they become file names and table partition keys.</summary>
public static class ServiceNames
{
    public const int MaxLength = 128;

    /// <summary>Letters, digits, '-', '_' and '.', not starting with '.'; at most 128 characters.</summary>
    public static bool IsValid(string? service) =>
        !string.IsNullOrEmpty(service)
        && service.Length <= MaxLength
        && service[0] != '.'
        && service.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public static string Validate(string? service, string parameterName = "service") =>
        IsValid(service)
            ? service!
            : throw new ArgumentException(
                $"'{service}' is not a service name: use letters, digits, '-', '_' and '.', not starting with '.', at most {MaxLength} characters.",
                parameterName);
}
