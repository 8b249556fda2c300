using System.Management.Automation;
using System.Net;
using System.Security;
using AiRegOps.Azure;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Chooses where the evidence cmdlets and Get-ComplianceSchedule keep and read evidence for the rest of the session:
/// a local folder (-Path), Azure Storage by connection string, or an Azure account URL signed in with
/// DefaultAzureCredential. Nothing is written; the choice is only remembered. A connection string is never shown.
/// </summary>
[Cmdlet(VerbsCommon.Set, "ComplianceStore", DefaultParameterSetName = LocalSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ComplianceStoreInfo))]
public sealed class SetComplianceStoreCommand : AiRegOpsCmdlet
{
    public const string InvalidErrorId = "ComplianceStoreInvalid";

    private const string LocalSet = "Local";
    private const string ConnectionStringSet = "ConnectionString";
    private const string AccountUrlSet = "AccountUrl";

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
                Choose(() => AzureEvidenceStoreOptions.FromAccountUrl(AccountUrl), "Azure", $"{AccountUrl.GetLeftPart(UriPartial.Path)} by DefaultAzureCredential", [], AccountUrl.GetLeftPart(UriPartial.Path));
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
        var text = ConnectionString switch
        {
            SecureString secure => new NetworkCredential(string.Empty, secure).Password,
            PSObject { BaseObject: SecureString secure } => new NetworkCredential(string.Empty, secure).Password,
            string plain => plain,
            PSObject { BaseObject: string plain } => plain,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-ConnectionString takes an Azure Storage connection string, as a SecureString or a string."),
                InvalidErrorId, ErrorCategory.InvalidArgument, null));
            return;
        }

        string? account = null;
        var secrets = new List<string?> { text };
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part[..equals];
            var value = part[(equals + 1)..];
            if (key.Equals("AccountName", StringComparison.OrdinalIgnoreCase))
            {
                account = value;
            }
            else if (key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
            {
                secrets.Add(value);
            }
        }

        var location = account is null ? "account by connection string" : $"account '{account}' by connection string";
        Choose(() => AzureEvidenceStoreOptions.FromConnectionString(text), "Azure", location, secrets, location);
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
            WriteObject(info);
        }
    }
}
