using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AiRegOps.Evidence.Bench;
using AiRegOps.Tests.Shared;

// Evidence benchmarks: every size, for a file and for a stream that can be read only once, uploaded to Azurite with
// a plain BlobClient.UploadAsync and with the evidence service, alternating, in one run; the ratio of their median
// throughputs and peak working sets. Optional: verification of a generated local ledger. Writes results.md.
var culture = CultureInfo.InvariantCulture;
if (args is ["hash"])
{
    Console.WriteLine($"hashing: {MeasureHashing():0.00} GB/s");
    return 0;
}

// The floor of an evidence add in a warm process (see SteadyState).
if (args is ["steady", ..] && args.Length <= 3)
{
    return await SteadyState.RunAsync(args.Length > 1 ? int.Parse(args[1], culture) : 1, args.Length > 2 ? int.Parse(args[2], culture) : 40);
}

// Child modes: each measurement runs in a fresh process, so one phase's heap does not count against another's peak.
if (args is ["upload", var side, var kind, var uploadFile])
{
    var storage = Environment.GetEnvironmentVariable("AIREGOPS_BENCH_STORAGE")!;
    var (seconds, peak, put) = side == "plain"
        ? await Uploads.PlainAsync(storage, uploadFile, kind == "stream")
        : await Uploads.EvidenceAsync(storage, uploadFile, kind == "stream");
    Console.WriteLine(string.Create(culture, $"RESULT {seconds} {peak} {put}"));
    return 0;
}

if (args is ["verify", var folderArg, var countArg])
{
    foreach (var (check, seconds) in await LedgerVerification.MeasureAsync(folderArg, int.Parse(countArg, culture)))
    {
        Console.WriteLine(string.Create(culture, $"RESULT {seconds}|{check}"));
    }

    return 0;
}

var options = BenchOptions.Parse(args);
var root = RepositoryRoot.Find();
var work = Directory.CreateTempSubdirectory("evidence-bench-").FullName;
var report = new Report(options, LoadAverage());
try
{
    report.HashGbps = MeasureHashing();
    Console.WriteLine($"hashing: {report.HashGbps:0.00} GB/s");

    {
        foreach (var sizeMiB in options.SizesMiB)
        {
            var file = Path.Combine(work, $"evidence-{sizeMiB}.bin");
            CreateFile(file, sizeMiB);
            foreach (var mode in options.Modes)
            {
                // A fresh Azurite for each size and kind: its in-memory store frees deleted blobs only later, and at
                // 1 GiB the rounds of both kinds together would reach its memory limit (half the machine's memory).
                await using var azurite = await AzuriteProcess.StartAsync();
                var pair = new Pair(sizeMiB, mode);
                for (var round = 0; round < options.RoundsFor(sizeMiB); round++)
                {
                    // Alternate which goes first, so a drift in the machine's load falls on both alike.
                    foreach (var who in round % 2 == 0 ? new[] { "plain", "evidence" } : ["evidence", "plain"])
                    {
                        var run = Parse(await RunChildAsync(azurite.ConnectionString, "upload", who, mode, file));
                        (who == "plain" ? pair.Plain : pair.Evidence).Add(run);
                        Console.WriteLine(string.Create(culture, $"{sizeMiB,5} MiB {mode,-6} {who,-8} round {round + 1}: {run.Seconds,7:0.000} s (content {run.PutSeconds:0.000} s), peak {run.Peak / 1e6,4:0} MB"));
                    }
                }

                report.Pairs.Add(pair);
                Console.WriteLine(pair.Summary());
            }

            File.Delete(file);
        }
    }

    if (options.LedgerEntries is { } entries)
    {
        foreach (var line in await RunChildAsync(null, "verify", Path.Combine(work, "local"), entries.ToString(culture)))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            report.Verification.Add((line[(bar + 1)..], double.Parse(line[..bar], culture)));
        }
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

report.LoadAfter = LoadAverage();
var text = report.Render();
Console.WriteLine();
Console.WriteLine(text);
var resultsPath = Path.Combine(root, "bench", "evidence", "results.md");
await File.WriteAllTextAsync(resultsPath, text + Report.KeepEarlier(File.Exists(resultsPath) ? await File.ReadAllTextAsync(resultsPath) : string.Empty));
return report.AllHold ? 0 : 1;

static (double Seconds, long Peak, double PutSeconds) Parse(List<string> lines)
{
    var parts = lines.Single().Split(' ');
    return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
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
        throw new InvalidOperationException($"The benchmark child '{string.Join(' ', arguments)}' failed with exit code {child.ExitCode}:\n{output}");
    }

    return [.. output.Split('\n').Where(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Select(l => l[7..].Trim())];
}

static string LoadAverage()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);
    }
    catch (IOException)
    {
        return "unknown";
    }
}

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
    var random = new Random(42 + sizeMiB);
    using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 0);
    for (var i = 0; i < sizeMiB; i++)
    {
        random.NextBytes(chunk);
        stream.Write(chunk);
    }
}
