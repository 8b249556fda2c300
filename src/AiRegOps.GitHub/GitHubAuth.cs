namespace AiRegOps.GitHub;

/// <summary>
/// How AiRegOps signs in to GitHub: a token (personal, fine-grained, or Actions' GITHUB_TOKEN) or a GitHub App
/// installation. Secrets stay inside: <see cref="ToString"/> and every message name the kind, never the value.
/// </summary>
public sealed class GitHubAuth
{
    private GitHubAuth(string? token, long appId, string? privateKeyPem, long installationId)
    {
        Token = token;
        AppId = appId;
        PrivateKeyPem = privateKeyPem;
        InstallationId = installationId;
    }

    /// <summary>True for a GitHub App installation, false for a token.</summary>
    public bool IsApp => PrivateKeyPem is not null;

    public long AppId { get; }
    public long InstallationId { get; }

    internal string? Token { get; }
    internal string? PrivateKeyPem { get; }

    /// <summary>Signs in with a token.</summary>
    public static GitHubAuth FromToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new GitHubAuth(token.Trim(), 0, null, 0);
    }

    /// <summary>Signs in as an installation of a GitHub App, with the app's private key (PEM, PKCS#1 or PKCS#8).</summary>
    public static GitHubAuth FromApp(long appId, string privateKeyPem, long installationId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(appId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(installationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        return new GitHubAuth(null, appId, privateKeyPem, installationId);
    }

    public override string ToString() => IsApp ? $"GitHub App {AppId}, installation {InstallationId} (key not shown)" : "token (not shown)";
}
