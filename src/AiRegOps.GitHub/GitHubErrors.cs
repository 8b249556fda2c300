using System.Globalization;
using System.Net;
using AiRegOps.Core.Reminders;
using Octokit;

namespace AiRegOps.GitHub;

/// <summary>
/// Maps Octokit's failures onto what the synchronizer acts on: waits (primary and secondary limits, 429,
/// Retry-After) and transient failures (5xx, dropped connections, timeouts). Messages carry GitHub's words and
/// the request, never a header value that could hold a credential.
/// </summary>
internal static class GitHubErrors
{
    /// <summary>Secondary limits without Retry-After: GitHub says wait at least a minute.</summary>
    public static readonly TimeSpan DefaultSecondaryWait = TimeSpan.FromMinutes(1);

    /// <summary>The mapped exception, or null when <paramref name="error"/> is neither a wait nor transient.</summary>
    public static Exception? Map(Exception error, string what, DateTimeOffset now)
    {
        switch (error)
        {
            case RateLimitExceededException primary:
                return new ReminderThrottledException($"{what}: GitHub's rate limit is used up until {primary.Reset:O}.", Later(primary.Reset, now), secondary: false, primary);
            case SecondaryRateLimitExceededException secondary:
                return new ReminderThrottledException($"{what}: GitHub's secondary rate limit was hit.", RetryAfter(secondary.HttpResponse, now) ?? now + DefaultSecondaryWait, secondary: true, secondary);
            case AbuseException abuse:
                return new ReminderThrottledException($"{what}: GitHub's secondary rate limit was hit.", now + (abuse.RetryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : DefaultSecondaryWait), secondary: true, abuse);
            case ApiException api when (int)api.StatusCode == 429 || (api.StatusCode == HttpStatusCode.Forbidden && Header(api.HttpResponse, "Retry-After") is not null):
                return new ReminderThrottledException($"{what}: GitHub asked to slow down ({(int)api.StatusCode}).", RetryAfter(api.HttpResponse, now) ?? ResetOf(api.HttpResponse) ?? now + DefaultSecondaryWait, secondary: true, api);
            case ApiException api when (int)api.StatusCode >= 500:
                return new ReminderTransientException($"{what}: GitHub answered {(int)api.StatusCode}.", api);
            case HttpRequestException or IOException:
                return new ReminderTransientException($"{what}: the connection failed ({error.GetType().Name}).", error);
            case TaskCanceledException when error.InnerException is TimeoutException:
                return new ReminderTransientException($"{what}: the request timed out.", error);
            default:
                return null;
        }
    }

    /// <summary>True when a write may have taken effect although it failed: the server or the wire failed after sending.</summary>
    public static bool IsAmbiguous(Exception mapped) => mapped is ReminderTransientException;

    private static DateTimeOffset Later(DateTimeOffset at, DateTimeOffset now) => at > now ? at : now + TimeSpan.FromSeconds(1);

    private static DateTimeOffset? RetryAfter(IResponse? response, DateTimeOffset now)
    {
        var value = Header(response, "Retry-After");
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return now + TimeSpan.FromSeconds(Math.Max(seconds, 1));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? Later(at, now) : null;
    }

    private static DateTimeOffset? ResetOf(IResponse? response) =>
        Header(response, "X-RateLimit-Remaining") == "0" && long.TryParse(Header(response, "X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : null;

    private static string? Header(IResponse? response, string name)
    {
        if (response?.Headers is null)
        {
            return null;
        }

        foreach (var header in response.Headers)
        {
            if (header.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }
}
