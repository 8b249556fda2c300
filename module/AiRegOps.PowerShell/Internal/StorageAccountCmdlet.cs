using System.Management.Automation;
using AiRegOps.Azure;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The storage-account parameters Set-ComplianceStore and Send-DeploymentEvent share, in one place: a connection string
/// (a SecureString or a string), an account's blob endpoint, or an account name in a cloud, both signed in with
/// DefaultAzureCredential. <see cref="ChosenAccount"/> turns them into one <see cref="StorageAccountChoice"/>.
/// </summary>
public abstract class StorageAccountCmdlet : AiRegOpsCmdlet
{
    protected const string ConnectionStringSet = "ConnectionString";
    protected const string AccountUrlSet = "AccountUrl";
    protected const string AccountNameSet = "AccountName";

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

    /// <summary>Whether the parameters name a storage account (rather than another set such as a local folder).</summary>
    protected bool NamesAccount => ParameterSetName is ConnectionStringSet or AccountUrlSet or AccountNameSet;

    /// <summary>The account the parameters name; an unusable connection string is an <see cref="ArgumentException"/> that never shows it.</summary>
    private protected StorageAccountChoice ChosenAccount()
    {
        if (ParameterSetName == ConnectionStringSet)
        {
            var connection = StorageConnectionText.From(ConnectionString)
                ?? throw new ArgumentException("-ConnectionString takes an Azure Storage connection string, as a SecureString or a string.");
            return new StorageAccountChoice(connection, null, null, connection.Location, connection.Secrets);
        }

        var cloud = AzureCloud.Parse(Environment);
        var blob = ParameterSetName == AccountUrlSet ? AccountUrl : cloud.StorageEndpoint(AccountName, "blob");
        var where = blob.GetLeftPart(UriPartial.Path);
        return new StorageAccountChoice(null, blob, cloud, $"{where} by DefaultAzureCredential", []);
    }
}

/// <summary>A storage account as chosen by <see cref="StorageAccountCmdlet"/>: by connection string, or by blob endpoint in a cloud.</summary>
/// <param name="Connection">The connection string, when chosen by one.</param>
/// <param name="BlobEndpoint">The blob endpoint, when chosen by account URL or name.</param>
/// <param name="Cloud">The cloud whose DefaultAzureCredential signs in, with <paramref name="BlobEndpoint"/>.</param>
/// <param name="Location">What is safe to show.</param>
/// <param name="Secrets">What must never be shown.</param>
internal sealed record StorageAccountChoice(StorageConnectionText? Connection, Uri? BlobEndpoint, AzureCloud? Cloud, string Location, IReadOnlyList<string?> Secrets);
