using AiRegOps.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// One core, as the targets are stated: pin the benchmark process to CPU 0.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithAffinity(1).WithWarmupCount(3).WithIterationCount(10).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(ScheduleBenchmarks).Assembly).Run(args, config);
