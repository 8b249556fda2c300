using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Reports;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Checks that a web page (http(s) URL or local HTML file) shows the service's filing number and a link to its public
/// filing information (ARR Art. 26), and reports what it found and where (line and column).
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "FilingDisplay")]
[OutputType(typeof(FilingDisplayResult))]
public sealed class TestFilingDisplayCommand : AiRegOpsCmdlet
{
    public const string NumberInvalidErrorId = "FilingNumberInvalid";
    public const string PageNotFoundErrorId = "FilingPageNotFound";
    public const string PageUnreachableErrorId = "FilingPageUnreachable";

    /// <summary>The page: an http(s) URL or a local HTML file.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Url", "FullName")]
    [ValidateNotNullOrEmpty]
    public string Uri { get; set; } = string.Empty;

    /// <summary>The service's filing number.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Number")]
    public string FilingNumber { get; set; } = string.Empty;

    /// <summary>Seconds to wait for the page.</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int TimeoutSec { get; set; } = 30;

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        if (!Core.Filings.FilingNumber.TryParse(FilingNumber, out _, out var problem))
        {
            WriteError(ErrorRecords.Input(new ComplianceInputException("-FilingNumber", $"{Core.Filings.FilingNumber.ExpectedFormat} ({problem})", FilingNumber), NumberInvalidErrorId, FilingNumber));
            return;
        }

        var isUrl = System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) && (uri.Scheme == System.Uri.UriSchemeHttp || uri.Scheme == System.Uri.UriSchemeHttps);
        var target = isUrl ? Uri : ResolveFileSystemPath(Uri);
        try
        {
            WriteOutput(Await(async stop =>
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
                timeout.CancelAfter(TimeSpan.FromSeconds(TimeoutSec));
                try
                {
                    return await FilingDisplayChecker.CheckAsync(Http.Client, target, FilingNumber, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (!stop.IsCancellationRequested)
                {
                    throw new ComplianceInputException("-Uri", $"a URL that answers within {TimeoutSec} s (-TimeoutSec)", Uri, ex);
                }
            }));
        }
        catch (ComplianceInputException ex)
        {
            WriteError(isUrl
                ? new ErrorRecord(ex, PageUnreachableErrorId, ErrorCategory.ResourceUnavailable, Uri)
                : new ErrorRecord(ex, PageNotFoundErrorId, ErrorCategory.ObjectNotFound, Uri));
        }
    }
}
