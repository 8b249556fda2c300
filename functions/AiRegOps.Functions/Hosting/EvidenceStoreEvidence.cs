using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Watch;

namespace AiRegOps.Functions.Hosting;

/// <summary>The watcher's evidence port over the evidence store (blob content, hash-chained ledger, obligation state).</summary>
public sealed class EvidenceStoreEvidence : IComplianceEvidence
{
    private readonly EvidenceService evidence;

    public EvidenceStoreEvidence(EvidenceService evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        this.evidence = evidence;
    }

    public async Task<(string Reference, bool Added)> AddAsync(EvidenceSubmission submission, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var record = await evidence.AddAsync(
            content,
            new EvidenceMetadata
            {
                Service = submission.Service,
                ObligationId = submission.ObligationId,
                Period = submission.Period,
                DeploymentId = submission.DeploymentId,
                AddedBy = submission.AddedBy,
                Note = submission.Note,
                FileName = submission.FileName,
                ContentType = submission.MediaType,
                CompletedOn = submission.CompletedOn,
            },
            cancellationToken).ConfigureAwait(false);
        return (record.Hash.ToString(), record.Outcome == EvidenceAddOutcome.Added);
    }

    public Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(string service, CancellationToken cancellationToken) =>
        evidence.GetCompletionsAsync(service, cancellationToken);
}
