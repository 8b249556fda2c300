namespace AiRegOps.Core.Evidence;

/// <param name="Entry">The new entry, or the one that already recorded the same content for the same obligation and period.</param>
/// <param name="Appended">False when the entry already existed.</param>
public sealed record LedgerAppendResult(LedgerEntry Entry, bool Appended);
