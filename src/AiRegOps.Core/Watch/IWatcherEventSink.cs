namespace AiRegOps.Core.Watch;

/// <summary>Where the watcher sends what it found (the watcher-events queue in production).</summary>
public interface IWatcherEventSink
{
    Task SendAsync(WatcherEventMessage message, CancellationToken cancellationToken);
}
