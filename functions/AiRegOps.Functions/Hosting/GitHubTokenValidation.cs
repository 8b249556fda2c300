using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Hosting;

/// <summary>
/// Catches a Key Vault reference the platform could not resolve (the app then sees the reference text itself) and
/// says what to fix, without showing the value.
/// </summary>
public sealed class GitHubTokenValidation : IValidateOptions<AiRegOpsOptions>
{
    public ValidateOptionsResult Validate(string? name, AiRegOpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.GitHubToken.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("AiRegOps:GitHubToken is a Key Vault reference the platform did not resolve: give the app's identity 'Key Vault Secrets User' on the vault and check the secret URI.");
        }
        else if (options.GitHubToken.Any(char.IsWhiteSpace))
        {
            failures.Add("AiRegOps:GitHubToken contains white space: it is not a token (the value is not shown).");
        }

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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
