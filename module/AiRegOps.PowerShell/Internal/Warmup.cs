using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Records;
using AiRegOps.Core.Schedule;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Prepares the engine on a thread-pool thread right after import: the first use of the catalogue, the calendar,
/// the YAML reader and the scheduler is mostly just-in-time compilation, and doing it beside PowerShell's own work
/// (on the second core) takes it off the first cmdlet's critical path. Everything here is idempotent and cached by
/// the engine itself; a failure is ignored, because the cmdlet that needs the part will report it properly.
/// </summary>
internal static class Warmup
{
    private const string Profile = """
        apiVersion: airegops/v1
        kind: Service
        metadata:
          name: warmup
        spec:
          provider: { name: warmup, roles: [service-provider] }
          publicInPrc: true
          technologies: { generativeAi: true }
          features: [comments]
          launchedOn: 2025-01-06
        """;

    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);

    private static void Run()
    {
        try
        {
            _ = ObligationCatalogue.Default;
            _ = ChinaWorkingDayCalendar.Default;
            var profile = ServiceProfileReader.ReadYaml(Profile, "warmup.yml")[0];
            _ = ComplianceScheduler.Default.Build(profile, new DateOnly(2025, 6, 30));

            // The readers Get-ComplianceSchedule opens first, pointed at a folder that does not exist: reading one
            // creates nothing.
            var missing = Path.Combine(Path.GetTempPath(), "airegops-warmup-" + Guid.NewGuid().ToString("N"));
            var evidence = EvidenceService.Create(new LocalEvidenceStoreOptions(missing));
            _ = ((IFilingRegistry)new ComplianceRecordStore(evidence, "warmup")).ListForAsync("warmup", CancellationToken.None).GetAwaiter().GetResult();
            _ = evidence.GetCompletionsAsync("warmup", CancellationToken.None).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Warm-up must never fail an import; the cmdlet that needs the part reports errors.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
