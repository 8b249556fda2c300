using AiRegOps.Core.Watch;
using Azure.Storage.Queues;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// Puts watcher messages on the watcher-events queue. The client must encode messages in base64, as the Functions
/// queue trigger expects by default.
/// </summary>
public sealed class AzureQueueWatcherEventSink : IWatcherEventSink
{
    private readonly QueueClient queue;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public AzureQueueWatcherEventSink(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        this.queue = queue;
    }

    public async Task SendAsync(WatcherEventMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!created)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await ScopedCreation.IfNotExistsAsync(() => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
                created = true;
            }
            finally
            {
                gate.Release();
            }
        }

        await queue.SendMessageAsync(WatcherEventJson.Write(message), cancellationToken).ConfigureAwait(false);
    }
}
