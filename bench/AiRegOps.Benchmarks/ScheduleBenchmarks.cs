using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Schedule;
using BenchmarkDotNet.Attributes;

namespace AiRegOps.Benchmarks;

/// <summary>Issue 8 target: the full schedule of 10,000 profiles in at most 150 ms on one core after warm-up, at most 10 KB allocated per profile.</summary>
[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);
    private IReadOnlyList<ServiceProfile> profiles = [];
    private ComplianceScheduler scheduler = null!;

    [Params(10_000)]
    public int Profiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        profiles = ServiceProfileReader.ReadYaml(ProfileGenerator.Yaml(Profiles), "generated.yml");
        scheduler = new ComplianceScheduler(ObligationCatalogue.Default, PeriodCalculator.Default);
    }

    [Benchmark]
    public int ScheduleAll()
    {
        var items = 0;
        foreach (var profile in profiles)
        {
            items += scheduler.Build(profile, AsOf).Items.Count;
        }

        return items;
    }
}
