using System.Collections.Concurrent;
using System.Net;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace AiRegOps.GitHub;

/// <summary>
/// Keeps the last 200 response of each GET with its ETag, so Octokit repeats it as a conditional request: an
/// unchanged list comes back 304 and costs no rate-limit quota. One cache per client (and so per credential).
/// </summary>
public sealed class InMemoryResponseCache : IResponseCache
{
    private readonly ConcurrentDictionary<string, CachedResponse.V1> entries = new(StringComparer.Ordinal);
    private readonly int capacity;

    public InMemoryResponseCache(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        this.capacity = capacity;
    }

    public int Count => entries.Count;

    public Task<CachedResponse.V1> GetAsync(IRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        entries.TryGetValue(Key(request), out var cached);
        return Task.FromResult(cached!);
    }

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cachedResponse);

        // Only successful responses with an ETag can be revalidated; errors must never be replayed.
        if (cachedResponse.StatusCode != HttpStatusCode.OK || string.IsNullOrEmpty(cachedResponse.ApiInfo?.Etag))
        {
            return Task.CompletedTask;
        }

        if (entries.Count >= capacity)
        {
            // Crude but bounded: a full cache starts over rather than growing without end.
            entries.Clear();
        }

        entries[Key(request)] = cachedResponse;
        return Task.CompletedTask;
    }

    private static string Key(IRequest request)
    {
        var endpoint = request.BaseAddress is null ? request.Endpoint.ToString() : new Uri(request.BaseAddress, request.Endpoint).ToString();
        var query = request.Parameters is { Count: > 0 }
            ? "?" + string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        request.Headers.TryGetValue("Accept", out var accept);
        return $"{endpoint}{query}|{accept}";
    }
}
