using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;
using AiRegOps.Core.Workspace;

namespace AiRegOps.Core.Watch;

/// <summary>
/// The schedules of every watched service and the reminders that follow from them. A service's schedule is built from
/// the profile the watcher last saw, with the events recorded for it merged in and the evidence state as completions,
/// as of today in China, all through one <see cref="ComplianceWorkspace"/> (the same seam the cmdlets use), opened
/// again for each run so records written since the last run count. The functions are thin calls on this class.
/// </summary>
public sealed class WatchedCompliance
{
    private readonly IWatcherStateStore snapshots;
    private readonly IServiceEventStore events;
    private readonly ReminderSynchronizer synchronizer;
    private readonly ComplianceWorkspace workspace;
    private readonly ReminderComposer composer;
    private readonly IServiceReminderSource? extraReminders;

    // extraReminders: reminders planned with each service's schedule ones (the label check's), or none.
    public WatchedCompliance(
        IWatcherStateStore snapshots,
        IServiceEventStore events,
        IComplianceEvidence evidence,
        ReminderSynchronizer synchronizer,
        TimeProvider time,
        ComplianceScheduler? scheduler = null,
        ReminderComposer? composer = null,
        ComplianceWorkspaceOptions? workspace = null,
        IServiceReminderSource? extraReminders = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(synchronizer);
        ArgumentNullException.ThrowIfNull(time);
        this.snapshots = snapshots;
        this.events = events;
        this.synchronizer = synchronizer;
        this.composer = composer ?? new ReminderComposer();
        this.extraReminders = extraReminders;
        this.workspace = new ComplianceWorkspace((workspace ?? new ComplianceWorkspaceOptions()) with
        {
            Catalogue = scheduler?.Catalogue ?? workspace?.Catalogue,
            Periods = scheduler?.Periods ?? workspace?.Periods,
            Clock = time,
            Completions = evidence,
            Events = new RecordedEvents(events),
        });
    }

    /// <summary>The workspace the schedules are computed through (records read again on each run).</summary>
    public ComplianceWorkspace Workspace => workspace;

    public IServiceEventStore Events => events;

    /// <summary>Plans the reminders of every watched repository, then makes the queued writes as far as the limits allow.</summary>
    public async Task<ReminderSweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var all = await snapshots.ListAsync(cancellationToken).ConfigureAwait(false);
        var run = workspace.Reopen();
        var targets = new List<RepositoryReminders>();
        var failed = new List<(RepositoryRef Repository, string Error)>();
        foreach (var repository in all.Select(s => s.Repository).Distinct())
        {
            // One repository whose plan cannot be made (a ledger that does not verify, a store error) must not stop
            // the others: it is reported, skipped, and planned again by the next run.
            try
            {
                targets.Add(await TargetAsync(run, repository, all, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add((repository, $"{repository}: not planned this run, retried next run: {TextSafety.ForMessage(ex.Message, 600)}"));
            }
        }

        var result = await synchronizer.SweepAsync(targets, cancellationToken).ConfigureAwait(false);
        return failed.Count == 0 ? result : result with
        {
            Skipped = [.. result.Skipped, .. failed.Select(f => f.Repository)],
            Run = result.Run with { Errors = [.. result.Run.Errors, .. failed.Select(f => f.Error)] },
        };
    }

    /// <summary>Continues queued writes without planning (a timer run that only has work left over).</summary>
    public Task<ReminderRunResult> ContinueAsync(CancellationToken cancellationToken) => synchronizer.RunAsync(cancellationToken);

    /// <summary>Plans one repository's reminders again and makes the queued writes.</summary>
    public async Task<ReminderSweepResult> SyncRepositoryAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        var all = await snapshots.ListAsync(cancellationToken).ConfigureAwait(false);
        var target = await TargetAsync(workspace.Reopen(), repository, all, cancellationToken).ConfigureAwait(false);
        return await synchronizer.SweepAsync([target], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The repository whose watched profile file describes <paramref name="service"/>, or null.</summary>
    public async Task<RepositoryRef?> FindRepositoryAsync(string service, CancellationToken cancellationToken)
    {
        var all = await snapshots.ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(s => s.Services.Contains(service, StringComparer.Ordinal))?.Repository;
    }

    /// <summary>The schedule of one watched service today, or null when no watched file describes it.</summary>
    public async Task<ServiceSchedule?> ScheduleAsync(string service, CancellationToken cancellationToken)
    {
        var all = await snapshots.ListAsync(cancellationToken).ConfigureAwait(false);
        var run = workspace.Reopen();
        foreach (var snapshot in all.Where(s => s.Services.Contains(service, StringComparer.Ordinal)))
        {
            foreach (var schedule in await SchedulesAsync(run, snapshot, cancellationToken).ConfigureAwait(false))
            {
                if (schedule.Service.Name == service)
                {
                    return schedule;
                }
            }
        }

        return null;
    }

    /// <summary>Records the events of a watcher message (each once, by id) and plans the repository again.</summary>
    public async Task<(int Recorded, ReminderSweepResult Sync)> ApplyAsync(WatcherEventMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var recorded = 0;
        foreach (var e in message.Events)
        {
            if (await events.RecordAsync(e, cancellationToken).ConfigureAwait(false))
            {
                recorded++;
            }
        }

        var sync = await SyncRepositoryAsync(message.Repository, cancellationToken).ConfigureAwait(false);
        return (recorded, sync);
    }

    private async Task<RepositoryReminders> TargetAsync(ComplianceWorkspace run, RepositoryRef repository, IReadOnlyList<ProfileSnapshot> all, CancellationToken cancellationToken)
    {
        var schedules = new List<ServiceSchedule>();
        foreach (var snapshot in all.Where(s => s.Repository == repository))
        {
            schedules.AddRange(await SchedulesAsync(run, snapshot, cancellationToken).ConfigureAwait(false));
        }

        var target = RepositoryReminders.From(repository, schedules, composer);
        if (extraReminders is null)
        {
            return target;
        }

        var extra = new List<DesiredReminder>();
        foreach (var schedule in schedules)
        {
            extra.AddRange(await extraReminders.RemindersAsync(schedule.Service, cancellationToken).ConfigureAwait(false));
        }

        return extra.Count == 0 ? target : target with { Reminders = [.. target.Reminders, .. extra] };
    }

    private static async Task<List<ServiceSchedule>> SchedulesAsync(ComplianceWorkspace run, ProfileSnapshot snapshot, CancellationToken cancellationToken)
    {
        var schedules = new List<ServiceSchedule>();
        var today = run.Today;
        if (snapshot.Yaml.Length > 0)
        {
            foreach (var profile in ServiceProfileReader.ReadYaml(snapshot.Yaml, snapshot.SourceName))
            {
                schedules.Add(await run.ScheduleAsync(profile, today, cancellationToken).ConfigureAwait(false));
            }
        }

        // A removed service is scheduled from the profile it last had: its recorded termination starts the filing
        // cancellation, and its continuing and periodic duties end with it.
        foreach (var retired in snapshot.Retired)
        {
            var profile = ServiceProfileReader.ReadYaml(retired.Yaml, retired.SourceName).FirstOrDefault(p => p.Name == retired.Service);
            if (profile is not null)
            {
                schedules.Add(await run.ScheduleAsync(profile, today, cancellationToken).ConfigureAwait(false));
            }
        }

        return schedules;
    }

    /// <summary>The recorded events of a service as the workspace reads them.</summary>
    private sealed class RecordedEvents(IServiceEventStore store) : IServiceEventSource
    {
        public async Task<IReadOnlyList<ServiceEvent>> GetEventsAsync(string service, CancellationToken cancellationToken) =>
            (await store.GetAsync(service, cancellationToken).ConfigureAwait(false)).Select(r => r.Event).ToList();
    }
}
