using AiRegOps.Core.Watch;
using AiRegOps.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace AiRegOps.Functions.Functions;

/// <summary>
/// Deployment events from release pipelines (schema airegops/deployment/v1). An invalid message throws
/// <see cref="DeploymentEventException"/>: the host retries it to <c>maxDequeueCount</c> and moves it to the poison queue.
/// </summary>
public sealed class DeploymentEvents(DeploymentEventProcessor processor, ILogger<DeploymentEvents> logger)
{
    [Function(nameof(DeploymentEvents))]
    public async Task RunAsync([QueueTrigger("%DeploymentEventsQueue%", Connection = StorageConnection.Name)] string message, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await processor.ProcessAsync(message, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("DeploymentEvents: {Outcome}", outcome);
        }
        catch (Exception ex) when (ex is DeploymentEventException or DeploymentConflictException)
        {
            logger.LogError("DeploymentEvents: rejected: {Reason}", ex.Message);
            throw;
        }
    }
}
