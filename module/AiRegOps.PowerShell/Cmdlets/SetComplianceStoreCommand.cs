using System.Management.Automation;
using AiRegOps.Azure;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Chooses where the evidence cmdlets and Get-ComplianceSchedule keep and read evidence for the rest of the session:
/// a local folder (-Path), Azure Storage by connection string, or an Azure account (URL or name) signed in with
/// DefaultAzureCredential at the authority of the cloud -Environment names (AzureCloud, AzureChinaCloud,
/// AzureUSGovernment, as the Az modules name them). Nothing is written; the choice is only remembered. A connection
/// string is never shown.
/// </summary>
[Cmdlet(VerbsCommon.Set, "ComplianceStore", DefaultParameterSetName = LocalSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ComplianceStoreInfo))]
public sealed class SetComplianceStoreCommand : AiRegOpsCmdlet
{
    public const string InvalidErrorId = "ComplianceStoreInvalid";

    private const string LocalSet = "Local";
    private const string ConnectionStringSet = "ConnectionString";
    private const string AccountUrlSet = "AccountUrl";
    private const string AccountNameSet = "AccountName";

    /// <summary>A local folder for evidence, ledgers and state; omitted, the default ./.airegops/evidence.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = LocalSet)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>An Azure Storage connection string, as a SecureString or a string.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ConnectionStringSet)]
    [ValidateNotNull]
    public object ConnectionString { get; set; } = null!;

    /// <summary>The blob endpoint of an Azure Storage account, signed in with DefaultAzureCredential.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountUrlSet)]
    [ValidateNotNull]
    public Uri AccountUrl { get; set; } = null!;

    /// <summary>The name of an Azure Storage account in the cloud -Environment names, signed in with DefaultAzureCredential.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccountNameSet)]
    [ValidatePattern("^[a-z0-9]{3,24}$")]
    public string AccountName { get; set; } = string.Empty;

    /// <summary>The Azure cloud: AzureCloud (default), AzureChinaCloud or AzureUSGovernment.</summary>
    [Parameter(ParameterSetName = AccountUrlSet)]
    [Parameter(ParameterSetName = AccountNameSet)]
    [ValidateSet("AzureCloud", "AzureChinaCloud", "AzureUSGovernment", IgnoreCase = true)]
    public string Environment { get; set; } = AzureCloud.Public.Name;

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        switch (ParameterSetName)
        {
            case ConnectionStringSet:
                SetConnectionString();
                break;
            case AccountUrlSet:
            case AccountNameSet:
                var cloud = AzureCloud.Parse(Environment);
                var url = ParameterSetName == AccountUrlSet ? AccountUrl : cloud.StorageEndpoint(AccountName, "blob");
                var where = url.GetLeftPart(UriPartial.Path);
                Choose(() => AzureEvidenceStoreOptions.FromAccountUrl(url, cloud.DefaultCredential()), "Azure", $"{where} by DefaultAzureCredential", [], where);
                break;
            default:
                if (Path is null)
                {
                    if (ShouldProcess(ComplianceStore.DefaultRelativePath, "Use the default local evidence store"))
                    {
                        ComplianceStore.Reset();
                        Output(ComplianceStore.Describe(this));
                    }

                    break;
                }

                var folder = ResolveFileSystemPath(Path);
                Choose(() => new LocalEvidenceStoreOptions(folder), "Local", folder, [], folder);
                break;
        }
    }

    private void SetConnectionString()
    {
        if (StorageConnectionText.From(ConnectionString) is not { } connection)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-ConnectionString takes an Azure Storage connection string, as a SecureString or a string."),
                InvalidErrorId, ErrorCategory.InvalidArgument, null));
            return;
        }

        Choose(() => AzureEvidenceStoreOptions.FromConnectionString(connection.Text), "Azure", connection.Location, connection.Secrets, connection.Location);
    }

    private void Choose(Func<EvidenceStoreOptions> options, string kind, string location, IEnumerable<string?> secrets, string target)
    {
        if (!ShouldProcess(target, $"Use this {kind.ToLowerInvariant()} evidence store for the session"))
        {
            return;
        }

        try
        {
            Output(ComplianceStore.Set(options(), kind, location, secrets));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or EvidenceException or InvalidOperationException)
        {
            var redactor = new SecretRedactor(secrets);
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException(SecretRedactor.RedactPatterns(redactor.Redact($"The {kind} evidence store ({location}) cannot be used: {ex.Message}"))),
                InvalidErrorId, ErrorCategory.InvalidArgument, target));
        }
    }

    private void Output(ComplianceStoreInfo info)
    {
        WriteVerbose($"Evidence store for this session: {info}");
        if (PassThru)
        {
            WriteOutput(info);
        }
    }
}
