using AiRegOps.Core.Watch;
using AiRegOps.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Functions;

/// <summary>Reads every watched airegops.yml and puts what changed on the watcher-events queue.</summary>
public sealed class RepositoryWatch(RepositoryWatcher watcher, IOptions<AiRegOpsOptions> options, ILogger<RepositoryWatch> logger)
{
    [Function(nameof(RepositoryWatch))]
    public async Task RunAsync([TimerTrigger("%RepositoryWatchSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            logger.LogWarning("RepositoryWatch is running late (past due); watching now.");
        }

        var result = await watcher.WatchAsync(WatchedRepository.ParseList(options.Value.WatchedRepositories), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("RepositoryWatch: {Result}", result);
        foreach (var message in result.Sent)
        {
            logger.LogInformation("RepositoryWatch: {Message}: {Events}", message, string.Join("; ", message.Events));
        }

        foreach (var error in result.Errors)
        {
            logger.LogError("RepositoryWatch: {Error}", error);
        }
    }
}
