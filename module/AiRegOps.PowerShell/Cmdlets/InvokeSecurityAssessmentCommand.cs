using System.Collections;
using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Safety;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Runs the SA2018 security assessment of each service: triggers, focus items against the declared controls, gaps and
/// conclusion. With -OutputPath, writes the SA2018 Art. 6 report (Markdown, HTML, JSON) and the findings (SARIF,
/// JUnit), all or nothing.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "SecurityAssessment", DefaultParameterSetName = ProfileSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(SecurityAssessmentResult))]
public sealed class InvokeSecurityAssessmentCommand : WorkspaceCmdlet
{
    public const string ProfileIncompleteErrorId = "ProfileIncomplete";

    private const string ProfileSet = "Profile";
    private const string PathSet = "Path";

    private DateOnly asOf;
    private OutputFolder? output;
    private Dictionary<string, IReadOnlyList<string>>? evidence;
    private string? repositoryRoot;
    private SafetyAnnex? safetyAnnex;
    private Uri? documentationBase;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    [CoreObject]
    public ServiceProfile[] InputObject { get; set; } = [];

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutputPath { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public AssessmentReportFormat[]? Format { get; set; }

    /// <summary>Evidence by focus item: @{ 'log-records' = './log-policy.pdf' }.</summary>
    [Parameter]
    public Hashtable? Evidence { get; set; }

    /// <summary>SARIF locations are written relative to this folder (default: the current location).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RepositoryRoot { get; set; }

    /// <summary>A safety-results.json from Measure-GenAiSafety -OutputPath: added to every report format as an annex.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SafetyResultsPath { get; set; }

    /// <summary>
    /// Where the docs/ folder is published (absolute https URL), for SARIF help URIs. Default
    /// $env:AIREGOPS_DOCS_BASE_URL; without either the rule help is inline only.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DocumentationBaseUrl { get; set; }

    protected override void BeginProcessing()
    {
        documentationBase = DocumentationBase.Resolve(DocumentationBaseUrl, out var invalidBase);
        if (invalidBase is not null)
        {
            ThrowTerminatingError(invalidBase);
        }

        if (SafetyResultsPath is not null)
        {
            try
            {
                safetyAnnex = SafetyResultsFile.Read(ResolveFileSystemPath(SafetyResultsPath));
            }
            catch (ComplianceInputException ex)
            {
                ThrowSetupError(ex, "SafetyResultsInvalid", ErrorCategory.InvalidData, SafetyResultsPath);
            }
        }

        asOf = AsOfOrToday(AsOf);
        output = OutputPath is null ? null : new OutputFolder(this, OutputPath);
        repositoryRoot = ResolveFileSystemPath(RepositoryRoot ?? ".");
        if (Evidence is not null)
        {
            evidence = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in Evidence)
            {
                var values = LanguagePrimitives.GetEnumerable(entry.Value) is { } many
                    ? many.Cast<object?>().Select(v => v?.ToString()).OfType<string>().ToList()
                    : [entry.Value?.ToString() ?? string.Empty];
                evidence[entry.Key.ToString() ?? string.Empty] = values;
            }
        }
    }

    protected override void ProcessRecord()
    {
        var profiles = ParameterSetName == PathSet ? ProfileInput.FromPaths(this, Path) : InputObject;
        foreach (var profile in profiles)
        {
            Assess(profile);
        }
    }

    private void Assess(ServiceProfile profile)
    {
        ThrowIfStopping();
        SecurityAssessmentResult result;
        try
        {
            result = Compute(ct => Workspace.EvaluateAsync(profile, asOf, evidence, ct), profile.Name).Assessment;
        }
        catch (ComplianceInputException ex)
        {
            WriteError(new ErrorRecord(ex, ProfileIncompleteErrorId, ErrorCategory.InvalidData, profile));
            return;
        }

        var folder = output?.For(result.Service);
        if (output is not null && folder is null)
        {
            return;
        }

        if (folder is not null && ShouldProcess(folder, $"Write the security assessment report of {result.Service} ({string.Join(", ", (Format ?? Enum.GetValues<AssessmentReportFormat>()).Distinct().Select(AssessmentReport.FileName))})"))
        {
            try
            {
                AssessmentReport.Write(result, folder, Format, repositoryRoot, safetyAnnex, documentationBase);
            }
            catch (ComplianceInputException ex)
            {
                WriteError(ErrorRecords.Input(ex, ErrorRecords.OutputPathInvalid, folder));
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                WriteError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, folder));
                return;
            }
        }

        var written = PSObject.AsPSObject(result);
        written.Properties.Add(new PSNoteProperty("OutputPath", folder));
        if (safetyAnnex is not null)
        {
            written.Properties.Add(new PSNoteProperty("SafetyResults", safetyAnnex.Results));
        }
        WriteOutput(written);
    }
}
