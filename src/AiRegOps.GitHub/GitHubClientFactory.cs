using Octokit;
using Octokit.Internal;

namespace AiRegOps.GitHub;

/// <summary>Builds Octokit clients for github.com or GitHub Enterprise, signed in with a token or as an App installation.</summary>
public static class GitHubClientFactory
{
    /// <summary>A client with conditional requests (ETags) on, so unchanged reads cost no quota.</summary>
    public static IGitHubClient Create(GitHubConnectionOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        time ??= TimeProvider.System;
        ICredentialStore credentials = options.Auth switch
        {
            null => new InMemoryCredentialStore(Credentials.Anonymous),
            { IsApp: true } app => new InstallationCredentialStore(app, options, time),
            var token => new InMemoryCredentialStore(new Credentials(token.Token)),
        };

        var version = typeof(GitHubClientFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var connection = new Connection(
            new ProductHeaderValue(options.ProductName, version),
            options.ApiBaseAddress,
            credentials,
            new HttpClientAdapter(() => new HttpClientHandler()),
            new SimpleJsonSerializer())
        {
            ResponseCache = new InMemoryResponseCache(),
        };
        connection.SetRequestTimeout(options.Timeout);
        return new GitHubClient(connection);
    }
}
