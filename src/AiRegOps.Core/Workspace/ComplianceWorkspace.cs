using AiRegOps.Core.Assessments;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Workspace;

/// <summary>
/// The one seam every host computes through: the catalogue, the calendar with its holiday overrides, the records
/// (filings, ethics registrations, events), the completions of the verified evidence ledger and the clock, opened once
/// and shared. A cmdlet or a function turns its parameters into one call here, so the schedule, the gate, a report, a
/// reminder, a filing and an assessment cannot disagree about the same service on the same day: each starts from
/// <see cref="PrepareAsync"/> (the profile with its records merged) and <see cref="ScheduleAsync"/> (that profile
/// scheduled with its completions).
/// </summary>
public sealed class ComplianceWorkspace
{
    private static readonly Lazy<ComplianceWorkspace> EmptyInstance = new(() => new ComplianceWorkspace(new ComplianceWorkspaceOptions()));

    private readonly ComplianceWorkspaceOptions options;
    private readonly IFilingRegistry? filings;
    private readonly IEthicsRegistry? ethics;
    private readonly ICompletionSource? completions;
    private readonly IServiceEventSource? events;
    private readonly Lazy<ComplianceScheduler> scheduler;
    private readonly SemaphoreSlim loading = new(1, 1);
    private readonly Dictionary<string, ServiceRecords> recordsByService = new(StringComparer.Ordinal);

    public ComplianceWorkspace(ComplianceWorkspaceOptions options)
        : this(options, new Lazy<ComplianceScheduler>(() => SchedulerFor(options)))
    {
    }

    // The scheduler (and with it the catalogue) is made on first use, not on open: a PowerShell command opens its
    // workspace before it reads its profiles, and in a new session that reading can then run while the module's
    // warm-up is still loading the catalogue on the other core, instead of after it.
    private ComplianceWorkspace(ComplianceWorkspaceOptions options, Lazy<ComplianceScheduler> scheduler)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.scheduler = scheduler;
        Clock = options.Clock ?? TimeProvider.System;
        filings = options.Filings;
        ethics = options.Ethics;
        completions = options.Completions;
        events = options.Events;
    }

    /// <summary>A workspace with the shipped catalogue and calendar, the system clock and no records.</summary>
    public static ComplianceWorkspace Empty => EmptyInstance.Value;

    public ObligationCatalogue Catalogue => Scheduler.Catalogue;

    public PeriodCalculator Periods => Scheduler.Periods;

    public ComplianceScheduler Scheduler => scheduler.Value;

    public TimeProvider Clock { get; }

    /// <summary>Today in China by the workspace's clock.</summary>
    public DateOnly Today => ChinaTime.Today(Clock);

    /// <summary>The date a computation is for: the one given, else today in China.</summary>
    public DateOnly AsOf(DateOnly? given) => given ?? Today;

    /// <summary>
    /// The profile as the law sees it: its own content plus the filings, ethics registrations and events recorded for
    /// it. A service's records are read once per workspace, and only that service's (and the whole unit's).
    /// </summary>
    public async Task<ServiceProfile> PrepareAsync(ServiceProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var records = await RecordsOfAsync(profile.Name, cancellationToken).ConfigureAwait(false);
        var merged = profile;
        if (records.Filings.Count > 0)
        {
            merged = AlgorithmFiling.WithRecordedFilings(merged, records.Filings);
        }

        if (records.Ethics.Count > 0)
        {
            merged = EthicsProfiles.Apply(merged, records.Ethics);
        }

        if (events is not null)
        {
            var recorded = await events.GetEventsAsync(profile.Name, cancellationToken).ConfigureAwait(false);
            if (recorded.Count > 0)
            {
                merged = ServiceEventMerger.Merge(merged, recorded);
            }
        }

        return merged;
    }

    /// <summary>The completions that count for <paramref name="service"/> (none without an evidence ledger).</summary>
    public Task<IReadOnlyList<CompletionRecord>> CompletionsAsync(string service, CancellationToken cancellationToken) =>
        completions is null ? Task.FromResult<IReadOnlyList<CompletionRecord>>([]) : completions.GetCompletionsAsync(service, cancellationToken);

    /// <summary>The schedule of the service on <paramref name="asOf"/>, its records and completions included.</summary>
    public async Task<ServiceSchedule> ScheduleAsync(ServiceProfile profile, DateOnly asOf, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(profile, cancellationToken).ConfigureAwait(false);
        var done = await CompletionsAsync(profile.Name, cancellationToken).ConfigureAwait(false);
        return Scheduler.Build(prepared, asOf, done);
    }

    /// <summary>The schedule and the security assessment of the service on <paramref name="asOf"/>, from the same inputs.</summary>
    /// <exception cref="ComplianceInputException">The profile lacks what the assessment needs.</exception>
    public async Task<ServiceCompliance> EvaluateAsync(
        ServiceProfile profile,
        DateOnly asOf,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? assessmentEvidence,
        CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(profile, cancellationToken).ConfigureAwait(false);
        var done = await CompletionsAsync(profile.Name, cancellationToken).ConfigureAwait(false);
        var schedule = Scheduler.Build(prepared, asOf, done);
        var assessment = AssessmentAnswers.FromSchedule(SecurityAssessor.Assess(prepared, asOf, assessmentEvidence), schedule, Catalogue);
        return new ServiceCompliance(prepared, schedule, assessment);
    }

    /// <summary>The gate over services evaluated by this workspace.</summary>
    public static GateResult Gate(IEnumerable<ServiceCompliance> services, IEnumerable<Waiver> waivers, DateOnly asOf)
    {
        var list = services.ToList();
        return ComplianceGate.Evaluate(list.Select(s => s.Schedule), list.Select(s => s.Assessment), waivers, asOf);
    }

    /// <summary>A filing package prepared with the workspace's calendar, clock and recorded filings.</summary>
    public async Task<FilingPackage> PrepareFilingAsync(ServiceProfile? profile, FilingRequest request, CancellationToken cancellationToken)
    {
        var prepared = profile is null ? null : await PrepareAsync(profile, cancellationToken).ConfigureAwait(false);
        return FilingPackageBuilder.Build(prepared, request, Today, Periods);
    }

    /// <summary>Ethics registration planning with the workspace's calendar over its registry.</summary>
    public EthicsReview EthicsReview() =>
        new(ethics ?? throw new InvalidOperationException("This workspace has no ethics registry to record into."), Periods);

    /// <summary>The period keys the schedule of the service has for <paramref name="obligationId"/> on <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<string>> PeriodKeysAsync(ServiceProfile profile, string obligationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var schedule = await ScheduleAsync(profile, asOf, cancellationToken).ConfigureAwait(false);
        return [.. schedule.Items.Where(i => i.ObligationId == obligationId).Select(i => i.PeriodKey).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The same workspace (catalogue, calendar, clock, sources) with its records read again on next use: a long-running
    /// host (the Functions app) takes one per run so records written since its last run count.
    /// </summary>
    public ComplianceWorkspace Reopen() => new(options, scheduler);

    private static ComplianceScheduler SchedulerFor(ComplianceWorkspaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The calendar before the catalogue: a PowerShell session's warm-up loads them in the other order, so a first
        // command that gets here early loads one while the warm-up loads the other instead of waiting for both.
        var periods = options.Periods ?? PeriodCalculator.Default;
        var catalogue = options.Catalogue ?? ObligationCatalogue.Default;
        return ReferenceEquals(catalogue, ObligationCatalogue.Default) && ReferenceEquals(periods, PeriodCalculator.Default)
            ? ComplianceScheduler.Default
            : new ComplianceScheduler(catalogue, periods);
    }

    private async Task<ServiceRecords> RecordsOfAsync(string service, CancellationToken cancellationToken)
    {
        await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!recordsByService.TryGetValue(service, out var records))
            {
                records = new ServiceRecords(
                    filings is null ? [] : await filings.ListForAsync(service, cancellationToken).ConfigureAwait(false),
                    ethics is null ? [] : await ethics.ListForAsync(service, cancellationToken).ConfigureAwait(false));
                recordsByService[service] = records;
            }

            return records;
        }
        finally
        {
            loading.Release();
        }
    }

    // A class rather than a value tuple: async code over a tuple of references is generic code the runtime builds on
    // first use, which a PowerShell session's first command would wait for.
    private sealed record ServiceRecords(IReadOnlyList<RecordedFiling> Filings, IReadOnlyList<EthicsRegistration> Ethics);
}
