using System.Management.Automation;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Reports.Findings;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Where the user publishes the AiRegOps docs/ folder, for SARIF help URIs: -DocumentationBaseUrl, else
/// $env:AIREGOPS_DOCS_BASE_URL, else none (rule help is then inline only).
/// </summary>
internal static class DocumentationBase
{
    public const string InvalidErrorId = "DocumentationBaseUrlInvalid";
    public const string ParameterName = "-DocumentationBaseUrl";

    /// <summary>The checked base, or null when none is configured; an error record when the given URL is not usable.</summary>
    public static Uri? Resolve(string? parameter, out ErrorRecord? error)
    {
        error = null;
        var (text, origin) = parameter is not null
            ? (parameter, ParameterName)
            : (Environment.GetEnvironmentVariable(DocumentationLinks.EnvironmentVariable), DocumentationLinks.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return DocumentationLinks.ParseBase(text, origin);
        }
        catch (ArgumentException ex)
        {
            error = new ErrorRecord(ex, InvalidErrorId, ErrorCategory.InvalidArgument, origin);
            return null;
        }
    }
}
