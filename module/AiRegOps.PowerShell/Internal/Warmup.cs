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
/// Prepares the engine on a thread of its own right after import: the first use of the calendar, the YAML reader, the
/// record readers, the catalogue, the scheduler and the output objects is mostly type loading and just-in-time
/// compilation, and doing it beside PowerShell's own work (on the second core) takes it off the first cmdlet's
/// critical path. The order is the order in which a first Get-ComplianceSchedule needs them, timed from the module's
/// initializer: the calendar when it opens the workspace (about 60 ms after import starts it), the YAML reader right
/// after (its first use compiles about 25 ms of code), the record readers, and the catalogue only when it schedules
/// (the catalogue alone takes 60-90 ms here, so loading it first made the command load the calendar and the YAML
/// reader itself, cold). A dedicated
/// thread, not the thread pool: a queued work item waited 15-20 ms behind PowerShell's own. Everything here is
/// idempotent and cached by the engine itself; a failure is ignored, because the cmdlet that needs the part will report
/// it properly.
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

    public static void Start() => new Thread(Run) { IsBackground = true, Name = "AiRegOps warm-up" }.Start();

    private static void Run()
    {
        try
        {
            _ = ChinaWorkingDayCalendar.Default;
            _ = ServiceProfileReader.ReadYaml(Profile, "warmup.yml");

            // The records and completions it reads before scheduling, from a folder that does not exist: reading
            // creates nothing.
            var missing = Path.Combine(Path.GetTempPath(), "airegops-warmup-" + Guid.NewGuid().ToString("N"));
            var evidence = EvidenceService.Create(new LocalEvidenceStoreOptions(missing));
            _ = ((IFilingRegistry)new ComplianceRecordStore(evidence, "warmup")).ListForAsync("warmup", CancellationToken.None).GetAwaiter().GetResult();
            _ = evidence.GetCompletionsAsync("warmup", CancellationToken.None).GetAwaiter().GetResult();

            _ = ObligationCatalogue.Default;
            var schedule = ComplianceScheduler.Default.Build(WarmProfile, new DateOnly(2025, 6, 30));
            foreach (var item in schedule.Items)
            {
                _ = Output.OutputObjects.From(item);
            }
        }
#pragma warning disable CA1031 // Warm-up must never fail an import; the cmdlet that needs the part reports errors.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
