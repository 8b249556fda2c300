using System.ComponentModel.DataAnnotations;

namespace AiRegOps.Functions.Hosting;

/// <summary>
/// The top-level app settings the trigger attributes name (<c>%ObligationSweepSchedule%</c> ...). Checked at start-up so
/// a missing one fails the deployment with its name instead of a trigger that never fires.
/// </summary>
public sealed class TriggerSettings
{
    [Required(ErrorMessage = "App setting ObligationSweepSchedule is required (an NCRONTAB expression such as 0 0 1 * * *).")]
    public string ObligationSweepSchedule { get; set; } = string.Empty;

    [Required(ErrorMessage = "App setting RepositoryWatchSchedule is required (an NCRONTAB expression such as 0 */30 * * * *).")]
    public string RepositoryWatchSchedule { get; set; } = string.Empty;

    [Required(ErrorMessage = "App setting DeploymentEventsQueue is required (a queue name such as deployment-events).")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "App setting DeploymentEventsQueue must be a queue name (3-63 lower-case letters, digits and single dashes).")]
    public string DeploymentEventsQueue { get; set; } = string.Empty;

    [Required(ErrorMessage = "App setting WatcherEventsQueue is required (a queue name such as watcher-events).")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "App setting WatcherEventsQueue must be a queue name (3-63 lower-case letters, digits and single dashes).")]
    public string WatcherEventsQueue { get; set; } = string.Empty;

    [Required(ErrorMessage = "App setting LabelChecksQueue is required (a queue name such as blob-label-checks; Event Grid delivers BlobCreated events of the watched containers there).")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "App setting LabelChecksQueue must be a queue name (3-63 lower-case letters, digits and single dashes).")]
    public string LabelChecksQueue { get; set; } = string.Empty;
}
