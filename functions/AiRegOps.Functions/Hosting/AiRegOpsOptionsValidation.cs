using System.Security.Cryptography;
using AiRegOps.Azure;
using AiRegOps.Azure.Labels;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Hosting;

/// <summary>
/// What data annotations cannot say: exactly one GitHub credential (a token, or a whole GitHub App), a Key Vault
/// reference the platform did not resolve (the app then sees the reference text itself), a private key that is not a
/// PEM RSA key, a GitHub address or cloud name that cannot be used. Messages name the setting, never its value.
/// </summary>
public sealed class AiRegOpsOptionsValidation : IValidateOptions<AiRegOpsOptions>
{
    public ValidateOptionsResult Validate(string? name, AiRegOpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateGitHubCredential(options, failures);
        ValidateRepositories(options, failures);
        ValidateLabelWatch(options, failures);

        if (!string.IsNullOrWhiteSpace(options.GitHubBaseUrl)
            && (!Uri.TryCreate(options.GitHubBaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add("AiRegOps:GitHubBaseUrl must be empty (github.com) or an absolute http(s) URL such as https://ghe.example.com/.");
        }

        if (!AzureCloud.TryParse(options.AzureCloud, out _))
        {
            failures.Add($"AiRegOps:AzureCloud must be empty or one of {string.Join(", ", AzureCloud.All.Select(c => c.Name))}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The credential the settings describe; call only on validated options.</summary>
    public static GitHub.GitHubAuth GitHubAuthOf(AiRegOpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsSet(options.GitHubToken)
            ? GitHub.GitHubAuth.FromToken(options.GitHubToken!)
            : GitHub.GitHubAuth.FromApp(long.Parse(options.GitHubAppId!, System.Globalization.CultureInfo.InvariantCulture), options.GitHubAppPrivateKey!, long.Parse(options.GitHubAppInstallationId!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void ValidateGitHubCredential(AiRegOpsOptions options, List<string> failures)
    {
        var token = IsSet(options.GitHubToken);
        var app = IsSet(options.GitHubAppId) || IsSet(options.GitHubAppInstallationId) || IsSet(options.GitHubAppPrivateKey);
        if (token == app)
        {
            failures.Add(token
                ? "Set either AiRegOps:GitHubToken or the GitHub App settings (AiRegOps:GitHubAppId, AiRegOps:GitHubAppInstallationId, AiRegOps:GitHubAppPrivateKey), not both."
                : "AiRegOps:GitHubToken is required (a token with Issues read/write and Contents read, best as a Key Vault reference), or the GitHub App settings AiRegOps:GitHubAppId, AiRegOps:GitHubAppInstallationId and AiRegOps:GitHubAppPrivateKey.");
            return;
        }

        if (token)
        {
            CheckSecret("GitHubToken", options.GitHubToken!, "token", failures);
            return;
        }

        CheckId("GitHubAppId", options.GitHubAppId, failures);
        CheckId("GitHubAppInstallationId", options.GitHubAppInstallationId, failures);
        if (!IsSet(options.GitHubAppPrivateKey))
        {
            failures.Add("AiRegOps:GitHubAppPrivateKey is required with a GitHub App: the App's private key (PEM), best as a Key Vault reference.");
        }
        else if (!IsUnresolvedReference(options.GitHubAppPrivateKey!, "GitHubAppPrivateKey", failures) && !IsRsaKey(options.GitHubAppPrivateKey!))
        {
            failures.Add("AiRegOps:GitHubAppPrivateKey is not a PEM RSA private key (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----); the value is not shown.");
        }
    }

    private static void CheckSecret(string setting, string value, string what, List<string> failures)
    {
        if (!IsUnresolvedReference(value, setting, failures) && value.Trim().Any(char.IsWhiteSpace))
        {
            failures.Add($"AiRegOps:{setting} contains white space: it is not a {what} (the value is not shown).");
        }
    }

    private static bool IsUnresolvedReference(string value, string setting, List<string> failures)
    {
        if (!value.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        failures.Add($"AiRegOps:{setting} is a Key Vault reference the platform did not resolve: give the app's identity 'Key Vault Secrets User' on the secret (or the vault) and check the secret URI.");
        return true;
    }

    private static void CheckId(string setting, string? value, List<string> failures)
    {
        if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            failures.Add($"AiRegOps:{setting} must be a positive whole number (the App's settings page on GitHub shows it).");
        }
    }

    private static bool IsRsaKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    private static void ValidateRepositories(AiRegOpsOptions options, List<string> failures)
    {
        try
        {
            if (Core.Watch.WatchedRepository.ParseList(options.WatchedRepositories).Count == 0)
            {
                failures.Add("AiRegOps:WatchedRepositories names no repository.");
            }
        }
        catch (FormatException ex)
        {
            failures.Add($"AiRegOps:WatchedRepositories: {ex.Message}");
        }
    }

    private static void ValidateLabelWatch(AiRegOpsOptions options, List<string> failures)
    {
        try
        {
            var watches = LabelWatchList.Parse(options.LabelWatch);

            // The evidence store writes the scans into its container: watching it would check its own evidence forever.
            if (watches.Any(w => w.Container == options.EvidenceContainer))
            {
                failures.Add($"AiRegOps:LabelWatch must not watch the evidence container ({options.EvidenceContainer}): each scan recorded there would be checked again.");
            }
        }
        catch (FormatException ex)
        {
            failures.Add($"AiRegOps:LabelWatch: {ex.Message}");
        }
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
