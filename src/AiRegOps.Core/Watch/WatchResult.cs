namespace AiRegOps.Core.Watch;

/// <summary>What one watch run found.</summary>
public sealed record WatchResult
{
    public required int Repositories { get; init; }

    /// <summary>Files that changed (or were seen for the first time, or vanished) and were sent on.</summary>
    public required IReadOnlyList<WatcherEventMessage> Sent { get; init; }

    /// <summary>Repositories that could not be read or whose file is invalid, one line each; their last snapshot stays.</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    public int Events => Sent.Sum(m => m.Events.Count);

    public override string ToString() => $"{Repositories} repositories watched, {Sent.Count} changed, {Events} events, {Errors.Count} errors";
}
