using System.Management.Automation;
using System.Net;
using System.Security;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;
using AiRegOps.GitHub;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Turns the schedules of the given service profiles into GitHub issues in one repository: opens an issue per item
/// that needs action, updates changed ones and closes those that are done. Without a token (-Token or GITHUB_TOKEN),
/// or with -WhatIf, it is a dry run that outputs the planned actions and writes nothing. The token is never shown.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "ComplianceReminder", DefaultParameterSetName = ProfileSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ReminderChange))]
public sealed class SendComplianceReminderCommand : WorkspaceCmdlet
{
    public const string RepositoryInvalidErrorId = "RepositoryInvalid";
    public const string SendFailedErrorId = "ReminderSendFailed";
    public const string TokenEnvironmentVariable = "GITHUB_TOKEN";

    private const string ProfileSet = "Profile";
    private const string PathSet = "Path";

    private readonly List<ServiceProfile> profiles = [];

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

    /// <summary>The repository as owner/name.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string Repository { get; set; } = string.Empty;

    /// <summary>A GitHub token; the GITHUB_TOKEN environment variable when omitted. Without either, a dry run.</summary>
    [Parameter]
    public SecureString? Token { get; set; }

    /// <summary>A GitHub Enterprise Server address; github.com when omitted.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? BaseUrl { get; set; }

    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    protected override void ProcessRecord()
    {
        profiles.AddRange(ParameterSetName == PathSet ? ProfileInput.FromPaths(this, Path) : InputObject);
    }

    protected override void EndProcessing()
    {
        RepositoryRef repository;
        try
        {
            repository = RepositoryRef.Parse(Repository);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(ex.Message), RepositoryInvalidErrorId, ErrorCategory.InvalidArgument, Repository));
            return;
        }

        if (profiles.Count == 0)
        {
            return;
        }

        var token = Token is not null ? new NetworkCredential(string.Empty, Token).Password
            : Environment.GetEnvironmentVariable(TokenEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : null;
        var redactor = new SecretRedactor([token]);
        var dryRun = token is null || !ShouldProcess(repository.ToString(), "Open, update and close compliance reminder issues");
        if (token is null)
        {
            WriteVerbose($"No token (-Token or {TokenEnvironmentVariable}): dry run, nothing is written to {repository}.");
        }

        var schedules = Schedules();
        using var output = new StringWriter();
        var options = new GitHubReminderOptions
        {
            Connection = new GitHubConnectionOptions { BaseUrl = BaseUrl, Auth = token is null ? null : GitHubAuth.FromToken(token) },
            DryRun = dryRun,
            Catalogue = Catalogue,
            Output = output,
        };

        ReminderSweepResult result;
        try
        {
            result = Await(ct => GitHubReminders.SendAsync(repository, schedules, options, ct));
        }
        catch (Exception ex) when (ex is not PipelineStoppedException and not OutOfMemoryException)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException(SecretRedactor.RedactPatterns(redactor.Redact($"Could not send the reminders to {repository}: {ex.Message}"))),
                SendFailedErrorId, ErrorCategory.ConnectionError, repository.ToString()));
            return;
        }

        foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            WriteVerbose(SecretRedactor.RedactPatterns(redactor.Redact(line)));
        }

        // The synchronizer isolates repositories from each other (a sweep goes on past one that fails); this cmdlet sends
        // to one, so a repository it could not even plan is this command's failure, not a warning.
        if (result.Plans.Count == 0 && result.Run.Errors.Count > 0)
        {
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException(SecretRedactor.RedactPatterns(redactor.Redact($"Could not send the reminders to {repository}: {result.Run.Errors[0]}"))),
                SendFailedErrorId, ErrorCategory.ConnectionError, repository.ToString()));
            return;
        }

        foreach (var plan in result.Plans)
        {
            foreach (var change in plan.Writes)
            {
                var item = PSObject.AsPSObject(change);
                item.Properties.Add(new PSNoteProperty("Repository", plan.Repository.ToString()));
                item.Properties.Add(new PSNoteProperty("DryRun", dryRun));
                WriteOutput(item);
            }
        }

        if (!result.IsComplete)
        {
            WriteWarning(SecretRedactor.RedactPatterns(redactor.Redact($"Not everything was written: {result}. Run again to finish.")));
        }
    }

    private List<ServiceSchedule> Schedules()
    {
        var asOf = AsOfOrToday(AsOf);
        var schedules = new List<ServiceSchedule>();
        foreach (var profile in profiles)
        {
            ThrowIfStopping();
            schedules.Add(Compute(ct => Workspace.ScheduleAsync(profile, asOf, ct), profile.Name));
        }

        return schedules;
    }
}
