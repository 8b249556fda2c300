using System.Management.Automation;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// The CI gate: fails when any obligation is overdue or any security-assessment focus item has a gap, unless a valid
/// waiver covers it. Sets $LASTEXITCODE (0 passed, 1 failed, 2 bad input) and writes a ComplianceGateFailed error on
/// failure, so `pwsh -c` exits non-zero; writes the GitHub Actions job summary, and SARIF/JUnit when asked.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "ComplianceGate", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(GateResult))]
public sealed class InvokeComplianceGateCommand : AiRegOpsCmdlet
{
    public const string FailedErrorId = "ComplianceGateFailed";
    public const string NoProfilesErrorId = "NoServiceProfiles";
    public const string WaiverFileNotFoundErrorId = "WaiverFileNotFound";
    public const string WaiverFileInvalidErrorId = "WaiverFileInvalid";

    private const string ProfileSet = "Profile";
    private const string PathSet = "Path";

    private readonly List<ServiceSchedule> schedules = [];
    private readonly List<SecurityAssessmentResult> assessments = [];
    private IReadOnlyList<Waiver> waivers = [];
    private Func<ServiceProfile, ServiceProfile> withState = static p => p;
    private DateOnly asOf;
    private bool inputFailed;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    public ServiceProfile[] InputObject { get; set; } = [];

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = ["."];

    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? WaiverFile { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SarifPath { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? JUnitPath { get; set; }

    /// <summary>The job summary file; default $env:GITHUB_STEP_SUMMARY (set by GitHub Actions).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SummaryPath { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StateFolder { get; set; }

    /// <summary>Results of Test-AigcLabel: each Noncompliant file fails the gate (waivable by service, obligation and file path as period).</summary>
    [Parameter]
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
        asOf = AsOf is { } given ? Dates.ToDateOnly(given) : ChinaTime.Today(TimeProvider.System);
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

        var state = ComplianceState.For(this, StateFolder);
        try
        {
            withState = Await(state.LoadMergeAsync);
        }
        catch (ComplianceInputException ex)
        {
            Stop(ErrorRecords.State(ex, state.Folder));
        }
    }

    protected override void ProcessRecord()
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

    protected override void EndProcessing()
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

        WriteOutputs(result);
        SessionState.PSVariable.Set("global:LASTEXITCODE", result.ExitCode);
        WriteObject(result);
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
            var merged = withState(profile);
            assessments.Add(SecurityAssessor.Assess(merged, asOf));
            schedules.Add(ComplianceScheduler.Default.Build(merged, asOf));
        }
        catch (ComplianceInputException ex)
        {
            inputFailed = true;
            WriteError(new ErrorRecord(ex, InvokeSecurityAssessmentCommand.ProfileIncompleteErrorId, ErrorCategory.InvalidData, profile));
        }
    }

    private void WriteOutputs(GateResult result)
    {
        var root = ResolveFileSystemPath(".");
        Write(SarifPath, "Write the assessment findings as SARIF", () => SarifRenderer.Render(assessments, root));
        Write(JUnitPath, "Write the assessment findings as JUnit XML", () => JUnitRenderer.Render(assessments));
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
            WriteError(ErrorRecords.Input(ex, ErrorRecords.OutputPathInvalid, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, path));
        }
    }

    // Bad input: the gate could not judge, which a pipeline must tell apart from a failed gate.
    private void Stop(ErrorRecord error)
    {
        SessionState.PSVariable.Set("global:LASTEXITCODE", GateExitCode.InputError);
        ThrowTerminatingError(error);
    }
}
