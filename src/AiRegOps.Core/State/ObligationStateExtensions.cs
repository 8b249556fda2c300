using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.State;

public static class ObligationStateExtensions
{
    /// <summary>The completion records the scheduler takes as <c>recorded</c>.</summary>
    public static async Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(this IObligationStateStore store, string service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var records = await store.GetAsync(service, cancellationToken).ConfigureAwait(false);
        return records.OrderBy(r => r.CompletedOn).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.ToCompletionRecord()).ToList();
    }
}
