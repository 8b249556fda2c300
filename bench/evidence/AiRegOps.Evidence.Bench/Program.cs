using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiRegOps.Azure;
using AiRegOps.Core.Evidence;
using AiRegOps.Evidence.Bench;
using AiRegOps.Tests.Shared;
using Azure.Storage.Blobs;

// Evidence benchmarks: 1 GiB to Azurite (plain BlobClient.UploadAsync vs the evidence store), hashing throughput,
// and verification of a 100,000-entry local ledger. Writes bench/evidence/results.md.
if (args is ["hash"])
{
    for (var i = 0; i < 3; i++)
    {
        Console.WriteLine($"hashing: {MeasureHashing():0.00} GB/s");
    }

    return 0;
}

// Child modes: each measurement runs in a fresh process, so one phase's heap does not count against another's peak.
if (args is ["plain", var plainFile])
{
    var (seconds, peak) = await MeasurePlainAsync(Environment.GetEnvironmentVariable("AIREGOPS_BENCH_STORAGE")!, plainFile);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {seconds} {peak}"));
    return 0;
}

if (args is ["evidence", var evidenceFile])
{
    var (seconds, peak) = await MeasureEvidenceAsync(Environment.GetEnvironmentVariable("AIREGOPS_BENCH_STORAGE")!, evidenceFile);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {seconds} {peak}"));
    return 0;
}

if (args is ["verify", var folderArg, var countArg])
{
    foreach (var (check, seconds) in await MeasureVerificationAsync(folderArg, int.Parse(countArg, CultureInfo.InvariantCulture)))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {seconds}|{check}"));
    }

    return 0;
}

var sizeMiB = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1024;
var entries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var root = RepositoryRoot.Find();
var work = Directory.CreateTempSubdirectory("evidence-bench-").FullName;
var rows = new List<(string What, string Result, string Target)>();
var loadBefore = LoadAverage();
var culture = CultureInfo.InvariantCulture;
try
{
    // (c) Hashing first, on a 256 MiB buffer held in memory (it would otherwise count against the upload's peak).
    var hashGbps = MeasureHashing();
    rows.Add(("SHA-256 in memory (IncrementalHash, 1 MiB chunks)", $"{hashGbps:0.00} GB/s", ">= 1 GB/s"));
    Console.WriteLine($"hashing: {hashGbps:0.00} GB/s");

    var file = Path.Combine(work, "evidence.bin");
    CreateFile(file, sizeMiB);
    var bytes = (long)sizeMiB * 1024 * 1024;

    await using (var azurite = await AzuriteProcess.StartAsync())
    {
        var plain = new List<(double Seconds, long Peak)>();
        var evidence = new List<(double Seconds, long Peak)>();
        for (var round = 0; round < 2; round++)
        {
            plain.Add(Parse(await RunChildAsync(azurite.ConnectionString, "plain", file)));
            Console.WriteLine($"plain upload round {round + 1}: {plain[^1].Seconds:0.00} s, peak {plain[^1].Peak / 1e6:0} MB");
            evidence.Add(Parse(await RunChildAsync(azurite.ConnectionString, "evidence", file)));
            Console.WriteLine($"evidence add round {round + 1}: {evidence[^1].Seconds:0.00} s, peak {evidence[^1].Peak / 1e6:0} MB");
        }

        var plainBest = plain.Min(p => p.Seconds);
        var evidenceBest = evidence.Min(p => p.Seconds);
        var ratio = plainBest / evidenceBest;
        rows.Add(($"plain BlobClient.UploadAsync, {sizeMiB} MiB (best of 2)", $"{plainBest:0.00} s = {bytes / plainBest / 1e6:0} MB/s; peak WS {plain.Max(p => p.Peak) / 1e6:0} MB", "baseline"));
        rows.Add(($"EvidenceService.AddFileAsync, {sizeMiB} MiB (best of 2)", $"{evidenceBest:0.00} s = {bytes / evidenceBest / 1e6:0} MB/s; peak WS {evidence.Max(p => p.Peak) / 1e6:0} MB", "peak WS < 200 MB"));
        rows.Add(("evidence throughput / plain throughput", $"{ratio * 100:0}%", ">= 80%"));
    }

    File.Delete(file);

    // (d) Verification of a local ledger of 100,000 entries, each with its own small blob.
    foreach (var line in await RunChildAsync(null, "verify", Path.Combine(work, "local"), entries.ToString(CultureInfo.InvariantCulture)))
    {
        var seconds = double.Parse(line[..line.IndexOf('|', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var check = line[(line.IndexOf('|', StringComparison.Ordinal) + 1)..];
        rows.Add(($"verify local ledger of {entries:N0} entries, blobs: {check}", $"{seconds:0.00} s", "< 5 s"));
        Console.WriteLine($"verify ({check}): {seconds:0.00} s");
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

var report = new StringBuilder();
report.AppendLine("# Evidence benchmark results").AppendLine();
report.AppendLine(culture, $"Run {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInfo()}; Azurite 3.37.0 in memory on 127.0.0.1. Produced by `bench/evidence/run.sh`.").AppendLine();
report.AppendLine(culture, $"Load average (1 min) before: {loadBefore}, after: {LoadAverage()}. The machine is shared with other work; at a load above 2 every time here is inflated, while the evidence/plain ratio is measured in the same run.").AppendLine();
report.AppendLine("| measurement | result | target |").AppendLine("| --- | --- | --- |");
foreach (var (what, result, target) in rows)
{
    report.AppendLine(culture, $"| {what} | {result} | {target} |");
}

Console.WriteLine();
Console.WriteLine(report);
await File.WriteAllTextAsync(Path.Combine(root, "bench", "evidence", "results.md"), report.ToString());
return 0;

static (double Seconds, long Peak) Parse(List<string> lines)
{
    var parts = lines.Single().Split(' ');
    return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
}

static async Task<List<string>> RunChildAsync(string? storage, params string[] arguments)
{
    var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    psi.ArgumentList.Add(typeof(Memory).Assembly.Location);
    foreach (var argument in arguments)
    {
        psi.ArgumentList.Add(argument);
    }

    if (storage is not null)
    {
        psi.Environment["AIREGOPS_BENCH_STORAGE"] = storage;
    }

    using var child = Process.Start(psi)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    if (child.ExitCode != 0)
    {
        throw new InvalidOperationException($"The benchmark child '{arguments[0]}' failed with exit code {child.ExitCode}:\n{output}");
    }

    return [.. output.Split('\n').Where(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Select(l => l[7..].Trim())];
}

static string LoadAverage()
{
    try
    {
        return File.ReadAllText("/proc/loadavg").Split(' ')[0];
    }
    catch (IOException)
    {
        return "unknown";
    }
}

static string RuntimeInfo() => $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

static double MeasureHashing()
{
    var buffer = new byte[256 * 1024 * 1024];
    new Random(1).NextBytes(buffer);
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    var best = 0.0;
    for (var round = 0; round < 4; round++)
    {
        var watch = Stopwatch.StartNew();
        for (var offset = 0; offset < buffer.Length; offset += 1 << 20)
        {
            hash.AppendData(buffer, offset, 1 << 20);
        }

        hash.GetHashAndReset();
        best = Math.Max(best, buffer.Length / watch.Elapsed.TotalSeconds / 1e9);
    }

    return best;
}

static void CreateFile(string path, int sizeMiB)
{
    var chunk = new byte[1 << 20];
    var random = new Random(42);
    using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 0);
    for (var i = 0; i < sizeMiB; i++)
    {
        random.NextBytes(chunk);
        stream.Write(chunk);
    }
}

static async Task<(double Seconds, long Peak)> MeasurePlainAsync(string connectionString, string file)
{
    var container = new BlobServiceClient(connectionString).GetBlobContainerClient($"plain-{Guid.NewGuid():N}");
    await container.CreateAsync();
    Memory.ResetPeak();
    var watch = Stopwatch.StartNew();
    await container.GetBlobClient("file.bin").UploadAsync(file);
    var seconds = watch.Elapsed.TotalSeconds;
    var peak = Memory.Peak();
    await container.DeleteAsync();
    return (seconds, peak);
}

static async Task<(double Seconds, long Peak)> MeasureEvidenceAsync(string connectionString, string file)
{
    var id = Guid.NewGuid().ToString("N")[..12];
    var options = AzureEvidenceStoreOptions.FromConnectionString(connectionString) with
    {
        ContainerName = $"ev-{id}",
        LedgerTableName = $"ledger{id}",
        StateTableName = $"state{id}",
    };
    var service = EvidenceService.Create(options);
    await service.RecordCompletionAsync(new() { Service = "bench", ObligationId = "warm-up", CompletedOn = new DateOnly(2025, 1, 1) });
    Memory.ResetPeak();
    var watch = Stopwatch.StartNew();
    var record = await service.AddFileAsync(file, new EvidenceMetadata { Service = "bench", ObligationId = "filing", Period = "FY2025", AddedBy = "bench" });
    var seconds = watch.Elapsed.TotalSeconds;
    var peak = Memory.Peak();
    if (record.Outcome != EvidenceAddOutcome.Added || record.Size != new FileInfo(file).Length)
    {
        throw new InvalidOperationException("The evidence add did not record the file.");
    }

    await new BlobServiceClient(connectionString).GetBlobContainerClient(options.ContainerName).DeleteAsync();
    return (seconds, peak);
}

static async Task<List<(string Check, double Seconds)>> MeasureVerificationAsync(string folder, int count)
{
    // Built directly in the stored format (an append per entry would fsync 100,000 times).
    var store = new LocalEvidenceStore(folder);
    var ledger = new LocalEvidenceLedger(folder);
    var path = ledger.PathOf("bench");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    LedgerHead? head = null;
    var time = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    await using (var writer = new FileStream(path, FileMode.Create, FileAccess.Write))
    {
        for (var i = 0; i < count; i++)
        {
            var content = Encoding.UTF8.GetBytes($"evidence {i}");
            var hash = ContentHash.Of(content);
            var blob = store.PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(blob)!);
            await File.WriteAllBytesAsync(blob, content);
            var entry = LedgerChain.Seal(
                new EvidenceMetadata { Service = "bench", ObligationId = $"obligation-{i % 40}", Period = $"FY{2000 + (i % 30)}", AddedBy = "bench", DeploymentId = $"rel-{i}", Note = "generated" },
                hash, content.Length, head, time.AddSeconds(i));
            writer.Write(LedgerChain.Serialize(entry));
            writer.WriteByte((byte)'\n');
            head = new LedgerHead(entry.Sequence, entry.EntryHash);
        }
    }

    await File.WriteAllTextAsync(ledger.HeadPathOf("bench"), $"{{\"seq\":{head!.Sequence},\"hash\":\"{head.EntryHash}\"}}\n");
    var service = EvidenceService.ForLocalFolder(folder);
    var results = new List<(string, double)>();
    foreach (var (check, orphans) in new[] { (BlobCheck.None, false), (BlobCheck.Existence, true), (BlobCheck.Content, true) })
    {
        var watch = Stopwatch.StartNew();
        var report = await service.VerifyAsync(new EvidenceVerifyOptions { Blobs = check, FindOrphans = orphans });
        var seconds = watch.Elapsed.TotalSeconds;
        if (!report.IsValid || report.EntriesChecked != count)
        {
            throw new InvalidOperationException($"Verification failed: {report}\n{string.Join("\n", report.Problems.Take(5))}");
        }

        results.Add((check switch
        {
            BlobCheck.None => "none (hash chain and head only)",
            BlobCheck.Existence => "existence and size of every blob + orphan scan",
            _ => "every blob re-hashed + orphan scan (the default)",
        }, seconds));
    }

    return results;
}
