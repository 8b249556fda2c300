using System.ComponentModel.DataAnnotations;

namespace AiRegOps.Functions.Hosting;

/// <summary>
/// The app's settings (section <c>AiRegOps</c>, i.e. app settings <c>AiRegOps__Name</c>). Validated at start-up by
/// data annotations and <see cref="AiRegOpsOptionsValidation"/>; no message ever repeats a value, because the token and
/// the private key are secrets.
/// </summary>
public sealed class AiRegOpsOptions
{
    public const string Section = "AiRegOps";

    /// <summary>Repositories to watch: "owner/name" or "owner/name:path/airegops.yml", separated by commas.</summary>
    [Required(ErrorMessage = "AiRegOps:WatchedRepositories is required: the repositories whose airegops.yml is watched, e.g. octo-org/chat-service,octo-org/search.")]
    public string WatchedRepositories { get; set; } = string.Empty;

    /// <summary>A GitHub token with Issues read/write and Contents read; in Azure a Key Vault reference. Or a GitHub App below.</summary>
    public string? GitHubToken { get; set; }

    /// <summary>The GitHub App's id, when the app signs in as an App installation instead of with a token.</summary>
    public string? GitHubAppId { get; set; }

    /// <summary>The installation of that App on the account that owns the watched repositories.</summary>
    public string? GitHubAppInstallationId { get; set; }

    /// <summary>The App's private key (PEM); in Azure a Key Vault reference.</summary>
    public string? GitHubAppPrivateKey { get; set; }

    /// <summary>GitHub Enterprise Server root (https://ghe.example.com/); empty for github.com.</summary>
    public string? GitHubBaseUrl { get; set; }

    /// <summary>The Azure cloud, as the Az modules name it: AzureCloud (default), AzureChinaCloud, AzureUSGovernment.</summary>
    public string? AzureCloud { get; set; }

    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "AiRegOps:EvidenceContainer must be a blob container name (3-63 lower-case letters, digits and single dashes).")]
    public string EvidenceContainer { get; set; } = "evidence";

    /// <summary>
    /// The containers release pipelines upload deployment evidence to, separated by commas; a deployment event may
    /// reference blobs in these containers only (issue 10). Never the host's own containers.
    /// </summary>
    [Required]
    [RegularExpression("^(?!azure-webjobs-)[a-z0-9-]{3,63}(,(?!azure-webjobs-)[a-z0-9-]{3,63})*$", ErrorMessage = "AiRegOps:DeploymentEvidenceContainers must be blob container names separated by commas (3-63 lower-case letters, digits and dashes; not the host's azure-webjobs-* containers).")]
    public string DeploymentEvidenceContainers { get; set; } = "release-evidence";

    /// <summary>
    /// A holiday notice file (JSON, the -HolidayFile format) adding or overriding years of the shipped working-day
    /// calendar, so the app counts working days as the cmdlets do; empty for the shipped calendar. A path on the
    /// app's file system (e.g. deployed with the app, or a mounted share).
    /// </summary>
    public string? HolidayFile { get; set; }

    /// <summary>
    /// The containers whose new blobs are checked for the GB 45438-2025 implicit label, and whose output they are:
    /// <c>container=service[:obligation+obligation]</c>, separated by commas (e.g. <c>ai-images=chat-service</c>;
    /// obligations default to label-implicit-metadata). Empty watches nothing. Never the evidence container.
    /// </summary>
    public string? LabelWatch { get; set; }

    /// <summary>How long one sweep may write before leaving the rest for the next run (under the Functions timeout).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "AiRegOps:MaxRunDuration must be between 00:01:00 and 01:00:00.")]
    public TimeSpan MaxRunDuration { get; set; } = TimeSpan.FromMinutes(8);
}
