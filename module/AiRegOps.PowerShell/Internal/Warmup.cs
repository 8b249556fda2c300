using AiRegOps.Core;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Records;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Prepares the engine on a thread-pool thread right after import: the first use of the catalogue, the calendar,
/// the scheduler, the output objects and the YAML reader is mostly type loading and just-in-time compilation, and
/// doing it beside PowerShell's own work (on the second core) takes it off the first cmdlet's critical path.
/// The order follows what a first command needs, measured on Get-ComplianceSchedule: it reads its profiles itself on
/// its own thread while the catalogue and the calendar load here, so the warm-up then schedules a profile made in
/// code through a workspace opened as the cmdlets open theirs, makes an output object of one item, and reads YAML last.
/// The command waits for the schedule, not for YAML: preparing the YAML parser here first (its compiled regex) only
/// delayed the schedule, and interleaved runs measured the first command about 8 ms faster without it.
/// Everything here is idempotent and cached by the engine itself; a failure is ignored, because the cmdlet that needs
/// the part will report it properly.
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
            _ = ObligationCatalogue.Default;
            _ = ChinaWorkingDayCalendar.Default;
            // The path Get-ComplianceSchedule takes: a workspace over a record store and an evidence store, pointed
            // at a folder that does not exist (reading one creates nothing), then output objects of the items.
            var missing = Path.Combine(Path.GetTempPath(), "airegops-warmup-" + Guid.NewGuid().ToString("N"));
            var evidence = EvidenceService.Create(new LocalEvidenceStoreOptions(missing));
            var workspace = WorkspaceCmdlet.OpenWorkspace(null, new ComplianceRecordStore(evidence, "warmup"), evidence);
            var schedule = workspace.ScheduleAsync(WarmProfile, new DateOnly(2025, 6, 30), CancellationToken.None).GetAwaiter().GetResult();
            // One item is enough to prepare the conversion; converting them all would only allocate (a garbage
            // collection in a new session stops both threads).
            if (schedule.Items.Count > 0)
            {
                _ = Output.OutputObjects.From(schedule.Items[0]);
            }

            _ = ServiceProfileReader.ReadYaml(Profile, "warmup.yml");
        }
#pragma warning disable CA1031 // Warm-up must never fail an import; the cmdlet that needs the part reports errors.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
