namespace AiRegOps.Core.Reminders;

/// <summary>What one run of queued writes did and what it left.</summary>
public sealed record ReminderRunResult
{
    public int Opened { get; init; }
    public int Updated { get; init; }
    public int Closed { get; init; }

    /// <summary>Opens found already done when a possibly-written item was delivered again (no write made).</summary>
    public int Recovered { get; init; }

    /// <summary>Items that failed and were put back for later.</summary>
    public int Failed { get; init; }

    /// <summary>Repositories another sweep held locked.</summary>
    public int BusyRepositories { get; init; }

    /// <summary>Items still queued after this run.</summary>
    public int Remaining { get; init; }

    /// <summary>When the next run can make progress; null when nothing is left.</summary>
    public DateTimeOffset? ResumeAt { get; init; }

    /// <summary>Why items failed, one line each (no credentials: messages come from the tracker's mapped errors).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public int Writes => Opened + Updated + Closed;

    public override string ToString() =>
        $"opened {Opened}, updated {Updated}, closed {Closed}, recovered {Recovered}, failed {Failed}, remaining {Remaining}{(ResumeAt is { } at ? $", resume at {at:O}" : string.Empty)}";
}
