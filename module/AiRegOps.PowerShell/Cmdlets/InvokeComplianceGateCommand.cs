using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Gate;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Reports.Findings;
using AiRegOps.Core.Schedule;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// The CI gate: fails when any obligation is overdue or any security-assessment focus item has a gap, unless a valid
/// waiver covers it. Sets $LASTEXITCODE (0 passed, 1 failed, 2 could not judge) and writes a ComplianceGateFailed error
/// on failure, so `pwsh -c` exits non-zero; writes the GitHub Actions job summary, and SARIF/JUnit when asked.
/// Fails closed: $LASTEXITCODE is 2 from the moment the gate starts (and from a bad -AsOf or empty argument while
/// binding) until a verdict has been reached and every requested output written; any error on the way, including a
/// defect in AiRegOps, is written as an error record and leaves it at 2.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "ComplianceGate", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(GateResult))]
public sealed class InvokeComplianceGateCommand : WorkspaceCmdlet
{
    public const string FailedErrorId = "ComplianceGateFailed";
    public const string NoProfilesErrorId = "NoServiceProfiles";
    public const string WaiverFileNotFoundErrorId = "WaiverFileNotFound";
    public const string WaiverFileInvalidErrorId = "WaiverFileInvalid";
    public const string InternalErrorId = "ComplianceGateInternalError";
    public const string OutputsIncompleteErrorId = "ComplianceGateOutputsIncomplete";

    private const string ProfileSet = "Profile";
    private const string PathSet = "Path";

    private readonly List<ServiceSchedule> schedules = [];
    private readonly List<SecurityAssessmentResult> assessments = [];
    private IReadOnlyList<Waiver> waivers = [];
    private DateOnly asOf;
    private Uri? documentationBase;
    private bool inputFailed;
    private bool outputFailed;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    [CoreObject]
    public ServiceProfile[] InputObject { get; set; } = [];

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("FullName")]
    [GateArgumentNotEmpty]
    public string[] Path { get; set; } = ["."];

    [Parameter]
    [IsoDate("-AsOf", FailsGate = true)]
    public DateTime? AsOf { get; set; }

    [Parameter]
    [GateArgumentNotEmpty]
    public string? WaiverFile { get; set; }

    [Parameter]
    [GateArgumentNotEmpty]
    public string? SarifPath { get; set; }

    [Parameter]
    [GateArgumentNotEmpty]
    public string? JUnitPath { get; set; }

    /// <summary>The job summary file; default $env:GITHUB_STEP_SUMMARY (set by GitHub Actions).</summary>
    [Parameter]
    [GateArgumentNotEmpty]
    public string? SummaryPath { get; set; }

    /// <summary>
    /// Where the docs/ folder is published (absolute https URL): SARIF rules then carry a helpUri into
    /// code-scanning.md. Default $env:AIREGOPS_DOCS_BASE_URL; without either the help is inline only.
    /// </summary>
    [Parameter]
    [GateArgumentNotEmpty]
    public string? DocumentationBaseUrl { get; set; }

    /// <summary>Results of Test-AigcLabel: each Noncompliant file fails the gate (waivable by service, obligation and file path as period).</summary>
    [Parameter]
    [CoreObject]
    public AiRegOps.Labels.Checking.AigcLabelResult[] LabelScan { get; set; } = [];

    /// <summary>The service the label scan belongs to; default: the only service checked.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LabelService { get; set; }

    /// <summary>The obligation a noncompliant label breaches.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string LabelObligation { get; set; } = "label-implicit-metadata";

    protected override void BeginProcessing()
    {
        SetExitCode(GateExitCode.InputError);
        FailClosed(Begin);
    }

    protected override void ProcessRecord() => FailClosed(Process);

    protected override void EndProcessing() => FailClosed(End);

    private void Begin()
    {
        asOf = AsOfOrToday(AsOf);
        documentationBase = DocumentationBase.Resolve(DocumentationBaseUrl, out var invalidBase);
        if (invalidBase is not null)
        {
            Stop(invalidBase);
        }

        if (WaiverFile is not null)
        {
            try
            {
                waivers = Core.Gate.WaiverFile.Load(ResolveFileSystemPath(WaiverFile));
            }
            catch (ComplianceInputException ex)
            {
                Stop(new ErrorRecord(ex, WaiverFileNotFoundErrorId, ErrorCategory.ObjectNotFound, WaiverFile));
            }
            catch (WaiverFileException ex)
            {
                Stop(new ErrorRecord(ex, WaiverFileInvalidErrorId, ErrorCategory.InvalidData, WaiverFile));
            }
        }
    }

    private void Process()
    {
        if (ParameterSetName == PathSet)
        {
            foreach (var path in Path)
            {
                var resolved = ProfileInput.Resolve(this, path).ToList();
                inputFailed |= resolved.Count == 0;
                foreach (var file in resolved)
                {
                    var profiles = ProfileInput.Read(this, file, out var failed);
                    inputFailed |= failed;
                    foreach (var profile in profiles)
                    {
                        Add(profile);
                    }
                }
            }

            return;
        }

        foreach (var profile in InputObject)
        {
            Add(profile);
        }
    }

    private void End()
    {
        if (inputFailed)
        {
            Stop(new ErrorRecord(
                new InvalidDataException("The compliance gate did not run: a service profile could not be read (see the errors above). Fix the profiles and run it again."),
                ProfileInput.InvalidErrorId, ErrorCategory.InvalidData, Path));
        }

        if (schedules.Count == 0)
        {
            Stop(new ErrorRecord(
                new InvalidDataException($"-Path: expected at least one service profile (airegops.yml), found none in '{string.Join("', '", Path)}'. A gate with nothing to check does not pass."),
                NoProfilesErrorId, ErrorCategory.ObjectNotFound, Path));
        }

        var result = ComplianceGate.Evaluate(schedules, assessments, waivers, asOf, LabelViolations.From(LabelScan, LabelService, LabelObligation, schedules, Stop));
        foreach (var warning in result.Warnings)
        {
            WriteWarning(warning);
        }

        WriteReports(result);
        WriteOutput(result);
        if (outputFailed)
        {
            Stop(new ErrorRecord(
                new IOException($"The compliance gate reached a verdict ({(result.Passed ? "passed" : "failed")}) but could not write every output it was asked for (see the errors above); it does not pass with missing reports."),
                OutputsIncompleteErrorId, ErrorCategory.WriteError, result));
        }

        SetExitCode(result.ExitCode);
        if (!result.Passed)
        {
            const int Shown = 10;
            var listed = string.Join("; ", result.Violations.Take(Shown).Select(v => $"{v.Service} {v.Obligation}{(v.Period is null ? string.Empty : " " + v.Period)}"));
            var more = result.Violations.Count > Shown ? $"; and {result.Violations.Count - Shown} more" : string.Empty;
            WriteError(new ErrorRecord(
                new InvalidOperationException($"The compliance gate failed as of {Dates.Iso(asOf)}: {result.Violations.Count} violation(s) without a valid waiver: {listed}{more}. The GateResult's Violations say why; the job summary lists them all."),
                FailedErrorId, ErrorCategory.InvalidResult, result));
        }
    }

    private void Add(ServiceProfile profile)
    {
        ThrowIfStopping();
        try
        {
            var evaluated = Compute(ct => Workspace.EvaluateAsync(profile, asOf, null, ct), profile.Name);
            assessments.Add(evaluated.Assessment);
            schedules.Add(evaluated.Schedule);
        }
        catch (ComplianceInputException ex)
        {
            inputFailed = true;
            WriteError(new ErrorRecord(ex, InvokeSecurityAssessmentCommand.ProfileIncompleteErrorId, ErrorCategory.InvalidData, profile));
        }
    }

    private void WriteReports(GateResult result)
    {
        var root = ResolveFileSystemPath(".");
        var findings = ComplianceFindings.Build(assessments.Zip(schedules, (a, s) => new ServiceFindingsInput(a, s)), waivers, asOf);
        Write(SarifPath, "Write the gate's findings as SARIF", () => SarifRenderer.Render(findings, root, documentationBase));
        Write(JUnitPath, "Write the gate's findings as JUnit XML", () => JUnitRenderer.Render(assessments, findings));
        var summary = SummaryPath ?? Environment.GetEnvironmentVariable(GitHubJobSummary.EnvironmentVariable);
        if (!string.IsNullOrEmpty(summary))
        {
            var path = ResolveFileSystemPath(summary);
            if (ShouldProcess(path, "Append the compliance gate's job summary"))
            {
                try
                {
                    GitHubJobSummary.Append(result, path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    outputFailed = true;
                    WriteError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, path));
                }
            }
        }
    }

    private void Write(string? target, string action, Func<string> render)
    {
        if (target is null)
        {
            return;
        }

        var path = ResolveFileSystemPath(target);
        if (!ShouldProcess(path, action))
        {
            return;
        }

        try
        {
            AtomicFileWriter.Write(path, render());
        }
        catch (ComplianceInputException ex)
        {
            outputFailed = true;
            WriteError(ErrorRecords.Input(ex, ErrorRecords.OutputPathInvalid, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outputFailed = true;
            WriteError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, path));
        }
    }

    // Bad input: the gate could not judge, which a pipeline must tell apart from a failed gate.
    private void Stop(ErrorRecord error)
    {
        SetExitCode(GateExitCode.InputError);
        ThrowTerminatingError(error);
    }

    private void SetExitCode(int code) => SessionState.PSVariable.Set("global:LASTEXITCODE", code);

    /// <summary>
    /// Runs one stage; an exception no stage expected (a defect, or an input error nobody translated) still ends the
    /// gate as "could not judge" with one error record, never as a pass. PowerShell's own exceptions (a terminating
    /// error already written, a stopped pipeline) pass through with $LASTEXITCODE already at 2.
    /// </summary>
    private void FailClosed(Action stage)
    {
        try
        {
            stage();
        }
        catch (Exception ex) when (ex is not RuntimeException)
        {
            Stop(GateErrors.Unexpected(ex, asOf));
        }
    }
}
