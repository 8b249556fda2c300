using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Workspace;

/// <summary>
/// Where the completions that count come from: the verified evidence ledger (<c>EvidenceService</c>) on every host.
/// The workspace asks it once per service and computation.
/// </summary>
public interface ICompletionSource
{
    /// <summary>The completions recorded for <paramref name="service"/> that the schedule takes as met.</summary>
    Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(string service, CancellationToken cancellationToken);
}
