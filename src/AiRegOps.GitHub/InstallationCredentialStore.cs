using Octokit;

namespace AiRegOps.GitHub;

/// <summary>
/// Credentials for Octokit from a GitHub App installation: mints a JWT, exchanges it for an installation token and
/// reuses that token until five minutes before it expires.
/// </summary>
internal sealed class InstallationCredentialStore : ICredentialStore
{
    private readonly GitHubAuth auth;
    private readonly GitHubConnectionOptions options;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private Credentials? current;
    private DateTimeOffset refreshAt;

    public InstallationCredentialStore(GitHubAuth auth, GitHubConnectionOptions options, TimeProvider time)
    {
        this.auth = auth;
        this.options = options;
        this.time = time;
    }

    public async Task<Credentials> GetCredentials()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (current is not null && time.GetUtcNow() < refreshAt)
            {
                return current;
            }

            var jwt = GitHubAppJwt.Create(auth.AppId, auth.PrivateKeyPem!, time.GetUtcNow());
            var appClient = new GitHubClient(new ProductHeaderValue(options.ProductName), options.ApiBaseAddress)
            {
                Credentials = new Credentials(jwt, AuthenticationType.Bearer),
            };
            var token = await appClient.GitHubApps.CreateInstallationToken(auth.InstallationId).ConfigureAwait(false);
            current = new Credentials(token.Token);
            refreshAt = token.ExpiresAt.AddMinutes(-5);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }
}
