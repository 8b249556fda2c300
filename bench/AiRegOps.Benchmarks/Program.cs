using AiRegOps.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// One core, as the targets are stated: pin the process to CPU 0. In-process, so a run needs no second build.
// Thirty warm-up operations: on one core the runtime's background tier-1 recompilation (with dynamic PGO) competes
// with the benchmark itself, and a 10,000-profile schedule reaches its steady speed only after 20 to 30 runs (seen
// with a Stopwatch loop: ~600 ms, then ~130 ms, then ~75 ms). Three warm-ups measured the recompilation, not the code.
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median)
    .AddJob(Job.Default
        .WithAffinity(1)
        .WithWarmupCount(30)
        .WithIterationCount(15)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(ScheduleBenchmarks).Assembly).Run(args, config);
