using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Schedule;

/// <summary>A scheduler over a small test catalogue (one obligation per rule shape) and the real calendar.</summary>
internal static class SchedulerFixture
{
    private static readonly Lazy<ComplianceScheduler> Instance = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "scheduler-catalogue.json"));
        return new ComplianceScheduler(ObligationCatalogue.Load(stream, "scheduler-catalogue.json"), PeriodCalculator.Default);
    });

    public static ComplianceScheduler Scheduler => Instance.Value;

    public static ServiceProfile Profile(
        string[]? features = null,
        ObligorRole[]? roles = null,
        DateOnly? launchedOn = null,
        bool generativeAi = true) => new()
    {
        Name = "svc",
        Provider = new Provider { Name = "Example Co.", Roles = roles ?? [ObligorRole.ServiceProvider] },
        PublicInPrc = true,
        Technologies = new ServiceTechnologies { GenerativeAi = generativeAi, Algorithms = generativeAi ? [] : [AlgorithmType.PersonalizedPush] },
        Features = features ?? ["comments"],
        LaunchedOn = launchedOn,
    };

    public static IReadOnlyList<ScheduleItem> Items(ServiceProfile profile, DateOnly asOf, string obligationId) =>
        Scheduler.Build(profile, asOf).Items.Where(i => i.ObligationId == obligationId).ToList();

    public static ScheduleItem Single(ServiceProfile profile, DateOnly asOf, string obligationId) =>
        Assert.Single(Items(profile, asOf, obligationId));

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
