using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AiRegOps.Functions.Tests.Labels;

/// <summary>
/// Counts the blob GET requests the app sends (each retry too), by blob path, with and without a range header: what
/// Azurite is actually asked, not what the checker says it did.
/// </summary>
internal sealed class RangedReadCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, int> ranged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> whole = new(StringComparer.Ordinal);

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Request;
        var path = Uri.UnescapeDataString(request.Uri.Path);
        if (request.Method != RequestMethod.Get || path.Count(c => c == '/') < 3)
        {
            return; // not a blob: an account or container call
        }

        var counts = request.Headers.TryGetValue("x-ms-range", out _) || request.Headers.TryGetValue("Range", out _) ? ranged : whole;
        counts.AddOrUpdate(path, 1, (_, n) => n + 1);
    }

    public int Ranged(string container, string name) => Sum(ranged, container, name);

    public int Whole(string container, string name) => Sum(whole, container, name);

    public void Reset()
    {
        ranged.Clear();
        whole.Clear();
    }

    private static int Sum(ConcurrentDictionary<string, int> counts, string container, string name) =>
        counts.Where(c => c.Key.EndsWith($"/{container}/{name}", StringComparison.Ordinal)).Sum(c => c.Value);
}
