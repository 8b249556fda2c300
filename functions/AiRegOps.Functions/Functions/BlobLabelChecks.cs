using AiRegOps.Azure.Labels;
using AiRegOps.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace AiRegOps.Functions.Functions;

/// <summary>
/// New blobs in the watched containers (Event Grid BlobCreated events, or a pipeline's {container, name, service}):
/// checks the implicit label with ranged reads, records the scan as evidence and keeps one reminder per service. An
/// invalid message throws <see cref="LabelCheckMessageException"/>: the host retries it to <c>maxDequeueCount</c> and
/// moves it to the poison queue.
/// </summary>
public sealed class BlobLabelChecks(BlobLabelProcessor processor, ILogger<BlobLabelChecks> logger)
{
    [Function(nameof(BlobLabelChecks))]
    public async Task RunAsync([QueueTrigger("%LabelChecksQueue%", Connection = StorageConnection.Name)] string message, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await processor.ProcessAsync(message, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("BlobLabelChecks: {Outcome}", outcome);
        }
        catch (LabelCheckMessageException ex)
        {
            logger.LogError("BlobLabelChecks: rejected: {Reason}", ex.Message);
            throw;
        }
    }
}
