using AiRegOps.Core.Workspace;

namespace AiRegOps.Core.Watch;

/// <summary>
/// The evidence the watcher and the functions need: add a file (idempotent by content for the same obligation and
/// period) and read the completions the scheduler takes as recorded. The evidence store's <c>EvidenceService</c>
/// provides both; <see cref="InMemoryComplianceEvidence"/> is the reference.
/// </summary>
public interface IComplianceEvidence : ICompletionSource
{
    /// <summary>Stores the content and records it; adding the same content for the same obligation and period again changes nothing.</summary>
    /// <returns>A description of the stored evidence (its content hash), and whether it was new.</returns>
    Task<(string Reference, bool Added)> AddAsync(EvidenceSubmission submission, Stream content, CancellationToken cancellationToken);
}
