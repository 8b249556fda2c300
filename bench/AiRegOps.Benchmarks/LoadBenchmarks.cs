using AiRegOps.Core.Profiles.Loading;
using BenchmarkDotNet.Attributes;

namespace AiRegOps.Benchmarks;

/// <summary>Issue target: loading 10,000 profiles from YAML in under 3 seconds.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string yaml = string.Empty;
    private string folder = string.Empty;

    [Params(10_000)]
    public int Profiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        yaml = ProfileGenerator.Yaml(Profiles);
        folder = Path.Combine(Path.GetTempPath(), $"airegops-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);

        // One file per service, as a repository of services would hold them.
        var documents = yaml.Split("---\n", StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < documents.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"service-{i:D5}.yml"), documents[i]);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int LoadOneMultiDocumentFile() => ServiceProfileReader.ReadYaml(yaml, "generated.yml").Count;

    [Benchmark]
    public int LoadFolderOfFiles() => ServiceProfileReader.ReadPath(folder).Count;
}
