using AiRegOps.Core.Reminders;
using AiRegOps.Labels.Checking;

namespace AiRegOps.Azure.Labels;

/// <summary>What one label-check message did.</summary>
public sealed record BlobLabelOutcome
{
    public required BlobCreatedMessage Message { get; init; }

    /// <summary>The verdict of the blob's current version; null when the blob was gone.</summary>
    public AigcLabelResult? Result { get; init; }

    public string? ETag { get; init; }
    public int Reads { get; init; }

    /// <summary>This blob version was checked and recorded before: nothing was done again.</summary>
    public bool Duplicate { get; init; }

    /// <summary>Evidence records added now (one per obligation), and those the ledger already held.</summary>
    public int EvidenceAdded { get; init; }

    public int EvidenceAlreadyRecorded { get; init; }

    /// <summary>The reminder sync of the service's repository, when the service's failing files changed.</summary>
    public ReminderSweepResult? Sync { get; init; }

    public override string ToString() =>
        Result is null ? $"{Message}: the blob is gone; nothing to check"
        : Duplicate ? $"{Message}: {Result.Verdict} (version {ETag} already recorded)"
        : $"{Message}: {Result.Verdict} in {Reads} ranged reads; evidence {EvidenceAdded} added, {EvidenceAlreadyRecorded} already recorded; {(Sync is null ? "reminders unchanged" : $"reminders planned ({Sync})")}";
}
