using AiRegOps.Core.Watch;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace AiRegOps.Functions.Functions;

/// <summary>
/// The scheduled sweep: every watched service's schedule as of today in China, and its reminders synchronised. A
/// sweep bigger than the hour's write allowance leaves the rest in the durable work queue; the next run plans again
/// (cheap: unchanged issue pages come back 304) and continues, without duplicates.
/// </summary>
public sealed class ObligationSweep(WatchedCompliance compliance, ILogger<ObligationSweep> logger)
{
    [Function(nameof(ObligationSweep))]
    public async Task RunAsync([TimerTrigger("%ObligationSweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            // A missed day is still owed: run now rather than wait for the next occurrence.
            logger.LogWarning("ObligationSweep is running late (past due); sweeping now.");
        }

        var result = await compliance.SweepAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("ObligationSweep: {Result}", result);
        foreach (var error in result.Run.Errors)
        {
            logger.LogWarning("ObligationSweep: {Error}", error);
        }

        if (!result.IsComplete)
        {
            logger.LogInformation("ObligationSweep left work for later: {Remaining} writes, resume at {ResumeAt:O}; skipped {Skipped}.", result.Run.Remaining, result.Run.ResumeAt, string.Join(", ", result.Skipped));
        }
    }
}
