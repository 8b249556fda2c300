namespace AiRegOps.Core.Evidence;

/// <summary>The last entry a ledger recorded for a service, kept apart from the entries so a removed tail is detected.</summary>
public sealed record LedgerHead(long Sequence, string EntryHash);
