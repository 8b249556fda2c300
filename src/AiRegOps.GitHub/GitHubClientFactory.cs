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
        RefusePlainHttp(options);
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

    /// <summary>
    /// A token or App key is never sent over plain http, which anyone on the path can read. The one exception is a
    /// loopback address (127.0.0.0/8, ::1, or the name localhost), where the traffic never leaves the machine: the
    /// tests' fake GitHub listens there.
    /// </summary>
    /// <exception cref="ArgumentException">Credentials and a plain-http address that is not loopback.</exception>
    public static void RefusePlainHttp(GitHubConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = options.ApiBaseAddress;
        if (options.Auth is null || address.Scheme == Uri.UriSchemeHttps || IsLoopback(address))
        {
            return;
        }

        throw new ArgumentException($"GitHub address {address.Scheme}://{address.Host}{(address.IsDefaultPort ? string.Empty : ":" + address.Port)}/ is not https: a token is never sent over plain http (only to a loopback test server). Use https://.", nameof(options));
    }

    private static bool IsLoopback(Uri address) =>
        string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
