using System.Diagnostics;
using System.Globalization;
using AiRegOps.Core.Safety;
using AiRegOps.Safety.Bench;

// Safety benchmark: 1,000,000 judgements scored by the core library from a file stream (time, best of 5), and memory
// over 100,000 / 1,000,000 / 3,000,000 generated judgements streamed without a file (allocated bytes, peak working set).
// Usage: AiRegOps.Safety.Bench <file-for-1M-lines> [runs=5]
var file = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "safety-1m.jsonl");
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var set = ThresholdSets.Default.Select("gb-t-45654-2025", new DateOnly(2026, 1, 1));
if (!File.Exists(file))
{
    JudgementLines.WriteFile(file, 1_000_000);
}

Console.WriteLine($"file: {file} ({new FileInfo(file).Length / 1e6:F1} MB)");
var times = new List<double>();
var cpuTimes = new List<double>();
var process = Process.GetCurrentProcess();
for (var run = 0; run < runs; run++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    var tally = JudgementReader.Read(stream, file, set.Taxonomy);
    var results = SafetyEvaluator.Evaluate(set, tally);
    watch.Stop();
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
    times.Add(watch.Elapsed.TotalMilliseconds);
    cpuTimes.Add(cpu);
    Console.WriteLine($"run {run + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {cpu:F0} ms CPU, {tally.Judgements:N0} judgements, {results.Count} results");
}

// On a shared machine the wall time includes waiting for the core; the process CPU time is the time on one core.
Console.WriteLine($"score 1,000,000 from a file: wall best {times.Min():F0} ms, median {times.Order().ElementAt(times.Count / 2):F0} ms; CPU best {cpuTimes.Min():F0} ms, median {cpuTimes.Order().ElementAt(cpuTimes.Count / 2):F0} ms");

foreach (var count in new long[] { 100_000, 1_000_000, 3_000_000 })
{
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    ResetPeak();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    using var stream = new JudgementLines(count);
    var tally = JudgementReader.Read(stream, "generated", set.Taxonomy);
    watch.Stop();

    // Allocated by the reader alone: the generator's per-line strings are subtracted by measuring it on its own below.
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    Console.WriteLine($"{count,9:N0} generated: {watch.Elapsed.TotalMilliseconds,6:F0} ms, allocated {allocated / 1e6,8:F1} MB (generator included), peak working set {Peak() / 1e6,6:F1} MB, live heap after {(GC.GetTotalMemory(true) - heapBefore) / 1e6:F1} MB, {tally.Judgements:N0} judgements");
}

// The generator's own allocation, to subtract from the line above.
foreach (var count in new long[] { 100_000, 1_000_000 })
{
    var before = GC.GetTotalAllocatedBytes(precise: true);
    using var stream = new JudgementLines(count);
    var buffer = new byte[1 << 20];
    while (stream.Read(buffer, 0, buffer.Length) > 0)
    {
    }

    Console.WriteLine($"{count,9:N0} generator alone: allocated {(GC.GetTotalAllocatedBytes(true) - before) / 1e6,8:F1} MB");
}

static void ResetPeak()
{
    try
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
    }
    catch (IOException)
    {
    }
    catch (UnauthorizedAccessException)
    {
    }
}

static long Peak()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    return 0;
}
