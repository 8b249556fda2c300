using AiRegOps.Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace AiRegOps.Functions.Hosting;

/// <summary>
/// The storage account the triggers and the app's own clients share, read from the connection setting the way the
/// Functions host reads it: <c>AiRegOpsStorage</c> as a connection string, or <c>AiRegOpsStorage__accountName</c> /
/// <c>__blobServiceUri</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c> (with <c>__clientId</c> for a
/// user-assigned identity) for managed identity. An account name becomes endpoints in the cloud that
/// <c>AiRegOps__AzureCloud</c> names (AzureCloud by default, AzureChinaCloud, AzureUSGovernment), and the credential
/// signs in at that cloud's authority.
/// </summary>
public sealed class StorageConnection
{
    public const string Name = "AiRegOpsStorage";

    private StorageConnection()
    {
    }

    /// <summary>The connection string, when one is configured. Never logged.</summary>
    public string? ConnectionString { get; private init; }

    public Uri? BlobServiceUri { get; private init; }
    public Uri? QueueServiceUri { get; private init; }
    public Uri? TableServiceUri { get; private init; }
    public TokenCredential? Credential { get; private init; }

    /// <summary>The cloud whose authority the credential signs in at (public unless configured).</summary>
    public AzureCloud Cloud { get; private init; } = AzureCloud.Public;

    /// <exception cref="InvalidOperationException">Neither form is configured (the message names the settings, never a value).</exception>
    public static StorageConnection From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Name);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return new StorageConnection { ConnectionString = section.Value };
        }

        var cloud = CloudOf(configuration);
        var account = section["accountName"];
        var blob = Uri(section, "blobServiceUri") ?? Endpoint(cloud, account, "blob");
        var queue = Uri(section, "queueServiceUri") ?? Endpoint(cloud, account, "queue");
        var table = Uri(section, "tableServiceUri") ?? Endpoint(cloud, account, "table");
        if (blob is null || queue is null || table is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {Name} to a connection string, or {Name}__accountName (managed identity), or all of {Name}__blobServiceUri, {Name}__queueServiceUri and {Name}__tableServiceUri.");
        }

        var clientId = section["clientId"];
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? cloud.DefaultCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new StorageConnection { BlobServiceUri = blob, QueueServiceUri = queue, TableServiceUri = table, Credential = credential, Cloud = cloud };
    }

    /// <summary>The cloud the app runs in, from <c>AiRegOps__AzureCloud</c>; the options validation reports a bad name first.</summary>
    public static AzureCloud CloudOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration[$"{AiRegOpsOptions.Section}:{nameof(AiRegOpsOptions.AzureCloud)}"];
        return AzureCloud.TryParse(name, out var cloud)
            ? cloud
            : throw new InvalidOperationException($"{AiRegOpsOptions.Section}__{nameof(AiRegOpsOptions.AzureCloud)} must be one of {string.Join(", ", AzureCloud.All.Select(c => c.Name))}.");
    }

    private static Uri? Uri(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } text
            ? (System.Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new InvalidOperationException($"{Name}__{key} is not an absolute URL."))
            : null;

    private static Uri? Endpoint(AzureCloud cloud, string? account, string service) =>
        string.IsNullOrWhiteSpace(account) ? null : cloud.StorageEndpoint(account, service);
}
