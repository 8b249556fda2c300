using System.Management.Automation;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Works out, for each service, which obligations apply, when each falls due and whether it is upcoming, due, overdue
/// or satisfied, as of a date (default: today in China). Not-applicable items are left out unless asked for.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ComplianceSchedule", DefaultParameterSetName = ProfileSet)]
[OutputType(typeof(ScheduleItem))]
public sealed class GetComplianceScheduleCommand : WorkspaceCmdlet
{
    private const string ProfileSet = "Profile";
    private const string PathSet = "Path";

    private DateOnly asOf;
    private WildcardPattern[] services = [];

    /// <summary>Service profiles, usually from Import-ServiceProfile.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    [CoreObject]
    public ServiceProfile[] InputObject { get; set; } = [];

    /// <summary>Profile files or folders, read as Import-ServiceProfile does.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>The date to evaluate on; default today in China (UTC+8). The time of day is ignored.</summary>
    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    /// <summary>Only items with one of these statuses.</summary>
    [Parameter]
    public ScheduleStatus[]? Status { get; set; }

    /// <summary>Also return items that do not apply to the service, with the reasons why.</summary>
    [Parameter]
    public SwitchParameter IncludeNotApplicable { get; set; }

    /// <summary>Only these services (names, wildcards allowed).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Service { get; set; }

    protected override void BeginProcessing()
    {
        asOf = AsOfOrToday(AsOf);
        services = (Service ?? []).Select(s => WildcardPattern.Get(s, WildcardOptions.IgnoreCase)).ToArray();
    }

    protected override void ProcessRecord()
    {
        var profiles = ParameterSetName == PathSet ? ProfileInput.FromPaths(this, Path) : InputObject;
        foreach (var profile in profiles)
        {
            Schedule(profile);
        }
    }

    private void Schedule(ServiceProfile profile)
    {
        ThrowIfStopping();
        if (services.Length > 0 && !services.Any(s => s.IsMatch(profile.Name)))
        {
            return;
        }

        var schedule = Compute(ct => Workspace.ScheduleAsync(profile, asOf, ct), profile.Name);
        foreach (var warning in schedule.Warnings)
        {
            WriteWarning(warning);
        }

        foreach (var item in schedule.Items)
        {
            if (Wanted(item.Status))
            {
                WriteOutput(item);
            }
        }
    }

    private bool Wanted(ScheduleStatus status) =>
        Status is { Length: > 0 }
            ? Status.Contains(status)
            : status != ScheduleStatus.NotApplicable || IncludeNotApplicable;
}
