using System.Management.Automation;
using AiRegOps.Azure;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Chooses where the session keeps and reads evidence and records (filings, ethics registrations) for the rest of the
/// session, with one call: a local folder (-Path), Azure Storage by connection string, or an Azure account (URL or
/// name) signed in with DefaultAzureCredential at the authority of the cloud -Environment names (AzureCloud,
/// AzureChinaCloud, AzureUSGovernment, as the Az modules name them). Evidence and records share the location: blobs for
/// content and the hash-chained ledgers (a folder, or an Azure table). Nothing is written; the choice is only
/// remembered. A connection string is never shown.
/// </summary>
[Cmdlet(VerbsCommon.Set, "ComplianceStore", DefaultParameterSetName = LocalSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ComplianceStoreInfo))]
public sealed class SetComplianceStoreCommand : StorageAccountCmdlet
{
    public const string InvalidErrorId = "ComplianceStoreInvalid";

    private const string LocalSet = "Local";

    /// <summary>A local folder for evidence, ledgers and records; omitted, the default ./.airegops/evidence.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = LocalSet)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        ThrowIfStopping();
        if (NamesAccount)
        {
            ChooseAccount();
            return;
        }

        if (Path is null)
        {
            if (ShouldProcess(ComplianceStore.DefaultRelativePath, "Use the default local store for evidence and records"))
            {
                ComplianceStore.Reset();
                Output(ComplianceStore.Describe(this));
            }

            return;
        }

        var folder = ResolveFileSystemPath(Path);
        Choose(() => new LocalEvidenceStoreOptions(folder), "Local", folder, [], folder);
    }

    private void ChooseAccount()
    {
        StorageAccountChoice account;
        try
        {
            account = ChosenAccount();
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(ex.Message), InvalidErrorId, ErrorCategory.InvalidArgument, null));
            return;
        }

        var target = account.BlobEndpoint?.GetLeftPart(UriPartial.Path) ?? account.Location;
        Choose(
            () => account.Connection is { } connection
                ? AzureEvidenceStoreOptions.FromConnectionString(connection.Text)
                : AzureEvidenceStoreOptions.FromAccountUrl(account.BlobEndpoint!, account.Cloud!.DefaultCredential()),
            "Azure",
            account.Location,
            account.Secrets,
            target);
    }

    private void Choose(Func<EvidenceStoreOptions> options, string kind, string location, IEnumerable<string?> secrets, string target)
    {
        if (!ShouldProcess(target, $"Use this {kind.ToLowerInvariant()} store for the session's evidence and records"))
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
                new ArgumentException(SecretRedactor.RedactPatterns(redactor.Redact($"The {kind} store ({location}) cannot be used: {ex.Message}"))),
                InvalidErrorId, ErrorCategory.InvalidArgument, target));
        }
    }

    private void Output(ComplianceStoreInfo info)
    {
        WriteVerbose($"Store for this session's evidence and records: {info}");
        if (PassThru)
        {
            WriteOutput(info);
        }
    }
}
