using AiRegOps.Core.Watch;
using AiRegOps.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace AiRegOps.Functions.Functions;

/// <summary>Records the events the watcher found (each once) and plans the repository's reminders again.</summary>
public sealed class WatcherEvents(WatchedCompliance compliance, ILogger<WatcherEvents> logger)
{
    [Function(nameof(WatcherEvents))]
    public async Task RunAsync([QueueTrigger("%WatcherEventsQueue%", Connection = StorageConnection.Name)] string message, CancellationToken cancellationToken)
    {
        var parsed = WatcherEventJson.Read(message);
        var (recorded, sync) = await compliance.ApplyAsync(parsed, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("WatcherEvents: {Message}: {Recorded} new events recorded; {Sync}", parsed, recorded, sync);
    }
}
