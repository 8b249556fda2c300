namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The module's one HttpClient, created on first use (never at import). Its own timeout is off: each call passes a
/// token that carries the cmdlet's -TimeoutSec and Ctrl+C.
/// </summary>
internal static class Http
{
    private static readonly Lazy<HttpClient> Shared = new(() =>
    {
        var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("AiRegOps-PowerShell/0.1");
        return client;
    });

    public static HttpClient Client => Shared.Value;
}
