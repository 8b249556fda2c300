using Azure.Core;
using Azure.Identity;

namespace AiRegOps.Azure;

/// <summary>
/// One Azure cloud, named as the Az modules name it (<c>-Environment AzureChinaCloud</c>): its storage endpoint suffix
/// and the Microsoft Entra authority its tokens come from. The public cloud is the default everywhere.
/// </summary>
public sealed class AzureCloud
{
    public static readonly AzureCloud Public = new("AzureCloud", "core.windows.net", AzureAuthorityHosts.AzurePublicCloud);

    /// <summary>Azure operated by 21Vianet in mainland China.</summary>
    public static readonly AzureCloud China = new("AzureChinaCloud", "core.chinacloudapi.cn", AzureAuthorityHosts.AzureChina);

    public static readonly AzureCloud USGovernment = new("AzureUSGovernment", "core.usgovcloudapi.net", AzureAuthorityHosts.AzureGovernment);

    private AzureCloud(string name, string storageSuffix, Uri authorityHost)
    {
        Name = name;
        StorageSuffix = storageSuffix;
        AuthorityHost = authorityHost;
    }

    /// <summary>Every cloud AiRegOps knows, public first.</summary>
    public static IReadOnlyList<AzureCloud> All { get; } = [Public, China, USGovernment];

    /// <summary>The Az modules' name: AzureCloud, AzureChinaCloud, AzureUSGovernment.</summary>
    public string Name { get; }

    /// <summary>The storage endpoint suffix, e.g. core.chinacloudapi.cn.</summary>
    public string StorageSuffix { get; }

    public Uri AuthorityHost { get; }

    /// <summary>The cloud named <paramref name="name"/> (case-insensitive); empty or null is the public cloud.</summary>
    /// <exception cref="ArgumentException">An unknown name; the message lists the known ones.</exception>
    public static AzureCloud Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Public;
        }

        return TryParse(name, out var cloud)
            ? cloud
            : throw new ArgumentException($"'{name}' is not an Azure cloud; expected one of {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));
    }

    public static bool TryParse(string? name, out AzureCloud cloud)
    {
        cloud = All.FirstOrDefault(c => c.Name.Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Public;
        return string.IsNullOrWhiteSpace(name) || cloud.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The cloud whose storage suffix is <paramref name="suffix"/> (core.chinacloudapi.cn ...), or null.</summary>
    public static AzureCloud? FromStorageSuffix(string? suffix) =>
        All.FirstOrDefault(c => c.StorageSuffix.Equals(suffix?.Trim().Trim('.'), StringComparison.OrdinalIgnoreCase));

    /// <summary>https://{account}.{service}.{suffix}/ for service blob, queue or table.</summary>
    public Uri StorageEndpoint(string account, string service)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        return new Uri($"https://{account}.{service}.{StorageSuffix}/");
    }

    /// <summary>DefaultAzureCredential signing in at this cloud's authority (a developer's az/azd/VS sign-in, workload or managed identity).</summary>
    public TokenCredential DefaultCredential() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { AuthorityHost = AuthorityHost });

    public override string ToString() => Name;
}
