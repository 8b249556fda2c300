using System.Collections;
using System.Management.Automation;
using AiRegOps.Azure;
using AiRegOps.Azure.Watch;
using AiRegOps.Core;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Watch;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// The release manager's path: uploads a deployment's evidence files to the release-evidence container and puts an
/// airegops/deployment/v1 event on the deployment-events queue, where the AiRegOps Functions app records the changes
/// as events and the files as evidence. The storage account is chosen as with Set-ComplianceStore. The event is
/// validated by the function's own reader before anything is written.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "DeploymentEvent", DefaultParameterSetName = AccountNameSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(DeploymentEventReceipt))]
public sealed class SendDeploymentEventCommand : StorageAccountCmdlet
{
    public const string InvalidErrorId = "DeploymentEventInvalid";
    public const string FailedErrorId = "DeploymentEventSendFailed";

    /// <summary>The service's metadata.name in its airegops.yml.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Completers.ServiceNameCompleter))]
    public string Service { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string Version { get; set; } = string.Empty;

    /// <summary>Where it was deployed (production, staging ...). -Environment is the Azure cloud, as in the Az modules.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DeploymentEnvironment")]
    public string TargetEnvironment { get; set; } = string.Empty;

    /// <summary>When it was deployed (an ISO 8601 instant with its offset); now when omitted. The events' date is this instant's date in China.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IsoInstant("-OccurredAt")]
    public DateTimeOffset? OccurredAt { get; set; }

    /// <summary>What changed: hashtables with type (a profile event type), feature, subject, note.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public Hashtable[] Change { get; set; } = [];

    /// <summary>Evidence files: hashtables with obligation, path, and optionally period, mediaType, note.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public Hashtable[] Evidence { get; set; } = [];

    /// <summary>The idempotency key; {service}-{version}-{environment} when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string DeployedBy { get; set; } = System.Environment.UserName;

    [Parameter]
    [ValidatePattern("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string Container { get; set; } = "release-evidence";

    [Parameter]
    [ValidatePattern("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string Queue { get; set; } = "deployment-events";

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        var (sender, secrets) = Sender();
        var redactor = new SecretRedactor(secrets);
        DeploymentEvent deployment;
        List<DeploymentEvidenceFile> files;
        try
        {
            deployment = Draft();
            files = [.. Evidence.Select(EvidenceFile)];
            sender.Prepare(deployment, files);
        }
        catch (Exception ex) when (ex is ArgumentException or DeploymentEventException)
        {
            ThrowSetupError(new ArgumentException(ex.Message), InvalidErrorId, ErrorCategory.InvalidArgument, Service);
            return;
        }

        if (!ShouldProcess(sender.Target, $"Send deployment event '{deployment.Id}' ({deployment.Service} {deployment.Version} to {deployment.Environment}) with {files.Count} evidence file(s) uploaded to '{Container}'"))
        {
            return;
        }

        try
        {
            WriteOutput(Await(ct => sender.SendAsync(deployment, files, ct)));
        }
        catch (Exception ex) when (DeploymentEventSender.IsSendFailure(ex))
        {
            var message = redactor.Redact(FirstLine(ex.Message));
            WriteItemError(new EvidenceStoreFailure(SecretRedactor.RedactPatterns($"Sending deployment event '{deployment.Id}' to {sender.Target} failed: {message}"), ex.GetType().Name), FailedErrorId, ErrorCategory.WriteError, deployment.Id);
        }
    }

    /// <summary>The sender for the chosen account; only AiRegOps.Azure and Azure.Core types here (the module's load context serves those).</summary>
    private (DeploymentEventSender Sender, IEnumerable<string?> Secrets) Sender()
    {
        try
        {
            var account = ChosenAccount();
            return account.Connection is { } connection
                ? (DeploymentEventSender.FromConnectionString(connection.Text, Container, Queue), connection.Secrets)
                : (DeploymentEventSender.FromAccount(account.BlobEndpoint!, account.Cloud!.DefaultCredential(), Container, Queue), []);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            var text = ex is ArgumentException ? ex.Message : $"The connection string cannot be used ({ex.GetType().Name}); it is not shown.";
            ThrowSetupError(new ArgumentException(SecretRedactor.RedactPatterns(text)), InvalidErrorId, ErrorCategory.InvalidArgument, null);
            throw; // not reached: ThrowTerminatingError always throws
        }
    }

    private DeploymentEvent Draft() => new()
    {
        Id = Id ?? DefaultId(),
        Service = Service,
        Version = Version,
        Environment = TargetEnvironment,
        OccurredAt = OccurredAt ?? TimeProvider.System.GetLocalNow(),
        DeployedBy = string.IsNullOrWhiteSpace(DeployedBy) ? null : DeployedBy,
        Changes = [.. Change.Select(ChangeOf)],
    };

    private string DefaultId()
    {
        var text = $"{Service}-{Version}-{TargetEnvironment}";
        var id = new string([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-' ? c : '-')]);
        return id.Length <= 128 ? id : id[..128];
    }

    private static DeploymentChange ChangeOf(Hashtable table)
    {
        var fields = Fields(table, "-Change", ["type", "feature", "subject", "note"]);
        var type = fields.GetValueOrDefault("type") ?? throw new ArgumentException("-Change: every change needs a 'type' (a profile event type such as function-added).");
        if (!KebabName<ServiceEventType>.TryParse(type, out var parsed))
        {
            throw new ArgumentException($"-Change: unknown type '{type}'; expected one of {string.Join(", ", KebabName<ServiceEventType>.All)}.");
        }

        return new DeploymentChange { Type = parsed, Feature = fields.GetValueOrDefault("feature"), Subject = fields.GetValueOrDefault("subject"), Note = fields.GetValueOrDefault("note") };
    }

    private DeploymentEvidenceFile EvidenceFile(Hashtable table)
    {
        var fields = Fields(table, "-Evidence", ["obligation", "path", "period", "mediaType", "note"]);
        var obligation = fields.GetValueOrDefault("obligation") ?? throw new ArgumentException("-Evidence: every file needs an 'obligation' (a catalogue id such as sa-security-assessment).");
        var path = fields.GetValueOrDefault("path") ?? throw new ArgumentException($"-Evidence: the file for '{obligation}' needs a 'path'.");
        return new DeploymentEvidenceFile
        {
            ObligationId = obligation,
            Path = ResolveFileSystemPath(path),
            Period = fields.GetValueOrDefault("period"),
            MediaType = fields.GetValueOrDefault("mediaType"),
            Note = fields.GetValueOrDefault("note"),
        };
    }

    private static Dictionary<string, string> Fields(Hashtable table, string parameter, string[] known)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in table)
        {
            var key = entry.Key?.ToString() ?? string.Empty;
            var name = known.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"{parameter}: unknown key '{key}'; expected {string.Join(", ", known)}.");
            if (entry.Value is not null && entry.Value.ToString() is { Length: > 0 } value)
            {
                fields[name] = value;
            }
        }

        return fields;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
