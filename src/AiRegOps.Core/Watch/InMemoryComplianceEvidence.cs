using System.Security.Cryptography;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Watch;

/// <summary>Evidence in memory, content-addressed by SHA-256: the reference for <see cref="IComplianceEvidence"/>.</summary>
public sealed class InMemoryComplianceEvidence : IComplianceEvidence
{
    private readonly Lock gate = new();
    private readonly List<(EvidenceSubmission Submission, string Hash, byte[] Content)> entries = [];

    public IReadOnlyList<(EvidenceSubmission Submission, string Hash)> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries.Select(e => (e.Submission, e.Hash))];
            }
        }
    }

    public async Task<(string Reference, bool Added)> AddAsync(EvidenceSubmission submission, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        lock (gate)
        {
            if (entries.Exists(e => e.Hash == hash && e.Submission.Service == submission.Service && e.Submission.ObligationId == submission.ObligationId && e.Submission.Period == submission.Period))
            {
                return (hash, false);
            }

            entries.Add((submission, hash, bytes));
            return (hash, true);
        }
    }

    public Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(string service, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<CompletionRecord> records = [.. entries.Where(e => e.Submission.Service == service).Select(e => new CompletionRecord
            {
                ObligationId = e.Submission.ObligationId,
                Period = e.Submission.Period,
                CompletedOn = e.Submission.CompletedOn,
                Evidence = e.Hash,
            })];
            return Task.FromResult(records);
        }
    }
}
