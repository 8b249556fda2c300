using AiRegOps.Core;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Records;
using AiRegOps.Core.Schedule;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Prepares the engine on a thread-pool thread right after import: the first use of the catalogue, the calendar,
/// the scheduler, the output objects and the YAML reader is mostly type loading and just-in-time compilation, and
/// doing it beside PowerShell's own work (on the second core) takes it off the first cmdlet's critical path.
/// The order follows what a first command needs, measured on Get-ComplianceSchedule: it reads its profiles itself on
/// its own thread while the catalogue loads here, so the warm-up schedules a profile made in code, then makes output
/// objects of the items, and reads YAML last. Everything here is idempotent and cached by the engine itself; a
/// failure is ignored, because the cmdlet that needs the part will report it properly.
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

    private static ServiceProfile WarmProfile => new()
    {
        Name = "warmup",
        Provider = new Provider { Name = "warmup", Roles = [ObligorRole.ServiceProvider] },
        PublicInPrc = true,
        Technologies = new ServiceTechnologies { GenerativeAi = true },
        Features = ["comments"],
        LaunchedOn = new DateOnly(2025, 1, 6),
    };

    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);

    private static void Run()
    {
        try
        {
            ServiceProfileReader.PrepareParser();
            _ = ObligationCatalogue.Default;
            _ = ChinaWorkingDayCalendar.Default;
            var schedule = ComplianceScheduler.Default.Build(WarmProfile, new DateOnly(2025, 6, 30));
            foreach (var item in schedule.Items)
            {
                _ = Output.OutputObjects.From(item);
            }

            // The readers Get-ComplianceSchedule opens first, pointed at a folder that does not exist: reading one
            // creates nothing.
            var missing = Path.Combine(Path.GetTempPath(), "airegops-warmup-" + Guid.NewGuid().ToString("N"));
            var evidence = EvidenceService.Create(new LocalEvidenceStoreOptions(missing));
            _ = ((IFilingRegistry)new ComplianceRecordStore(evidence, "warmup")).ListForAsync("warmup", CancellationToken.None).GetAwaiter().GetResult();
            _ = evidence.GetCompletionsAsync("warmup", CancellationToken.None).GetAwaiter().GetResult();
            _ = ServiceProfileReader.ReadYaml(Profile, "warmup.yml");
        }
#pragma warning disable CA1031 // Warm-up must never fail an import; the cmdlet that needs the part reports errors.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
