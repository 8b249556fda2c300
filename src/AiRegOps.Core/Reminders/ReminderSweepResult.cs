namespace AiRegOps.Core.Reminders;

/// <summary>A sweep: the plans made and the run of writes that followed.</summary>
public sealed record ReminderSweepResult
{
    public required IReadOnlyList<ReminderPlan> Plans { get; init; }

    /// <summary>Repositories not planned this time: locked by another sweep, or rate-limited while listing.</summary>
    public IReadOnlyList<RepositoryRef> Skipped { get; init; } = [];

    public required ReminderRunResult Run { get; init; }

    /// <summary>True when nothing is left to do: every repository planned and every write made.</summary>
    public bool IsComplete => Skipped.Count == 0 && Run.Remaining == 0;

    /// <summary>The plans as a dry run prints them.</summary>
    public string Describe() => string.Concat(Plans.Select(p => p.Describe()));

    public override string ToString() => $"{Plans.Count} repositories planned, {Skipped.Count} skipped; {Run}";
}
