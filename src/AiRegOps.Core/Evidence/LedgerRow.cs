namespace AiRegOps.Core.Evidence;

/// <summary>One stored row of a ledger as read for verification: its entry, or why it could not be read.</summary>
/// <param name="Position">Where it is stored (a line number, a row key).</param>
/// <param name="Entry">The entry, when it could be read.</param>
/// <param name="Error">Why it could not be read.</param>
public sealed record LedgerRow(string Position, LedgerEntry? Entry, string? Error);
