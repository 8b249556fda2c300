namespace AiRegOps.GitHub;

/// <summary>Where and how to reach GitHub.</summary>
public sealed record GitHubConnectionOptions
{
    /// <summary>github.com when null; for GitHub Enterprise Server the instance's address ("https://ghe.example.com/").</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Credentials; null means no sign-in, which sweeps treat as a dry run.</summary>
    public GitHubAuth? Auth { get; init; }

    /// <summary>The User-Agent product name GitHub asks every client to send.</summary>
    public string ProductName { get; init; } = "AiRegOps";

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The REST API root Octokit talks to: api.github.com, or "&lt;base&gt;/api/v3/" on an Enterprise server.</summary>
    public Uri ApiBaseAddress
    {
        get
        {
            if (BaseUrl is null || BaseUrl.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) || BaseUrl.Host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase))
            {
                return new Uri("https://api.github.com/");
            }

            var text = BaseUrl.GetLeftPart(UriPartial.Path);
            if (!text.EndsWith('/'))
            {
                text += "/";
            }

            return text.EndsWith("/api/v3/", StringComparison.OrdinalIgnoreCase) ? new Uri(text) : new Uri(text + "api/v3/");
        }
    }

    public override string ToString() => $"{ApiBaseAddress} as {(Auth is null ? "anonymous" : Auth.ToString())}";
}
