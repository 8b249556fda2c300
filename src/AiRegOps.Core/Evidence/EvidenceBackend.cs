using AiRegOps.Core.State;

namespace AiRegOps.Core.Evidence;

/// <summary>The three stores that make up one evidence location.</summary>
public sealed record EvidenceBackend(IEvidenceStore Store, IEvidenceLedger Ledger, IObligationStateStore State);
