using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Writes the compliance schedules of the services as one report: Markdown, HTML with a timeline, or CSV (from
/// -Format or the file's extension). The file is written atomically.
/// </summary>
[Cmdlet(VerbsData.Export, "ComplianceReport", DefaultParameterSetName = ProfileSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(FileInfo))]
public sealed class ExportComplianceReportCommand : WorkspaceCmdlet
{
    public const string FormatUnknownErrorId = "ReportFormatUnknown";

    private const string ProfileSet = "Profile";
    private const string PathSet = "Path";

    private readonly List<ServiceSchedule> schedules = [];
    // Core enums are kept in int fields: a field of a value type from AiRegOps.Core would make the runtime load the
    // engine while PowerShell scans the module's types, before the module initializer can route it to its load context.
    private int format;
    private int? givenFormat;
    private string target = string.Empty;
    private DateOnly asOf;

    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    [CoreObject]
    public ServiceProfile[] InputObject { get; set; } = [];

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string OutputPath { get; set; } = string.Empty;

    [Parameter]
    public ComplianceReportFormat? Format { get => (ComplianceReportFormat?)givenFormat; set => givenFormat = (int?)value; }

    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    [Parameter]
    public SwitchParameter IncludeNotApplicable { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        asOf = AsOfOrToday(AsOf);
        target = ResolveFileSystemPath(OutputPath);
        try
        {
            format = (int)(Format ?? ComplianceReport.FormatFor(target));
        }
        catch (ComplianceInputException ex)
        {
            ThrowTerminatingError(ErrorRecords.Input(ex, FormatUnknownErrorId, OutputPath));
        }
    }

    protected override void ProcessRecord()
    {
        var profiles = ParameterSetName == PathSet ? ProfileInput.FromPaths(this, Path) : InputObject;
        foreach (var profile in profiles)
        {
            Add(profile);
        }
    }

    protected override void EndProcessing()
    {
        if (!ShouldProcess(target, $"Write the {(ComplianceReportFormat)format} compliance report of {schedules.Count} service(s) as of {Dates.Iso(asOf)}"))
        {
            return;
        }

        try
        {
            ComplianceReport.Write(schedules, target, (ComplianceReportFormat)format, IncludeNotApplicable);
        }
        catch (ComplianceInputException ex)
        {
            ThrowTerminatingError(ErrorRecords.Input(ex, ErrorRecords.OutputPathInvalid, OutputPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, target));
        }

        if (PassThru)
        {
            WriteObject(new FileInfo(target));
        }
    }

    private void Add(ServiceProfile profile)
    {
        ThrowIfStopping();
        schedules.Add(Compute(ct => Workspace.ScheduleAsync(profile, asOf, ct), profile.Name));
    }
}
