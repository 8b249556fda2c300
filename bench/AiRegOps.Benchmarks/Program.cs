using AiRegOps.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// One core, as the targets are stated: pin the process to CPU 0. In-process, so a run needs no second build.
var config = DefaultConfig.Instance
    .AddJob(Job.Default
        .WithAffinity(1)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(ScheduleBenchmarks).Assembly).Run(args, config);
