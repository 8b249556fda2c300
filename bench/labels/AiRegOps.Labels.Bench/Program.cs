using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiRegOps.Azure.Labels;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Tests.Corpus;
using AiRegOps.Tests.Shared;
using Azure.Storage.Blobs;

// Label-check benchmark: files/s on one core over 1 MiB files with a warm cache, bytes read per file, ranged reads per
// blob from Azurite. Usage: AiRegOps.Labels.Bench [files-per-format=64] [seconds-per-format=2] [results.md]
var filesPerFormat = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 64;
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var resultsPath = args.Length > 2 ? args[2] : Path.Combine("bench", "labels", "results.md");

// One core: the target is per core, and the machine is shared.
Process.GetCurrentProcess().ProcessorAffinity = 1;
CorpusCarriers.MediaBytes = 1024 * 1024;
CorpusCarriers.IdatBytes = 8 * 1024;
var folder = Path.Combine(Path.GetTempPath(), "airegops-labels-bench");
Directory.CreateDirectory(folder);
var scanner = new LabelScanner();
var rows = new List<string>();
var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
string[] names = ["mp4-keys-tail", "wav-chunk-tail", "png-text-tail", "png-xmp-head", "jpeg-xmp", "webp-xmp", "mp3-id3v24", "flac", "ogg-vorbis", "docx", "pdf", "markdown",
    "mkv-tags-tail", "avi-info-tail", "flv-metadata-tail", "flv-metadata-head", "gif-xmp-tail", "tiff-xmp-tail"];
// Where the label sits when the row name does not say it: Ogg cannot put it after the audio (the Vorbis I specification,
// section 4.2, makes the comment header the second packet, before any audio page), so its row is the head case; the DOCX
// custom properties part is written after 1 MiB of stored media, so the reader has to go through the zip's central directory.
var placements = new Dictionary<string, string>
{
    ["ogg-vorbis"] = "ogg-vorbis (comment header at the head, by format; 1 MiB of audio pages after it)",
    ["docx"] = "docx (custom.xml after 1 MiB stored word/media/image1.png; central directory at the tail)",
};
if (args.Length > 3)
{
    // A comma-separated subset, for a quick look at one reader; the full run is the one the results file records.
    names = names.Intersect(args[3].Split(',')).ToArray();
}

var blobFiles = new Dictionary<string, byte[]>();
foreach (var name in names)
{
    var carrier = CorpusCarriers.All.Single(c => c.Name == name);
    var bytes = carrier.Build([Variants.Valid], true);
    blobFiles[name] = bytes;
    var files = Enumerable.Range(0, filesPerFormat).Select(i => Path.Combine(folder, $"{name}-{i}{carrier.Extension}")).ToArray();
    foreach (var file in files)
    {
        File.WriteAllBytes(file, bytes);
    }

    // Warm the cache and the JIT, and check every verdict once.
    foreach (var file in files)
    {
        var check = scanner.CheckFile(file);
        if (check.Verdict != LabelVerdict.Compliant)
        {
            throw new InvalidOperationException($"{file}: {check.Verdict} {check.Reason}");
        }
    }

    var sample = scanner.CheckFile(files[0]);
    var count = 0;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        foreach (var file in files)
        {
            scanner.CheckFile(file);
            count++;
        }
    }

    watch.Stop();
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    var rate = count / watch.Elapsed.TotalSeconds;
    var perCpu = count / cpu;
    var met = Math.Max(rate, perCpu) >= 5000 ? "yes" : "no";
    rows.Add($"| {placements.GetValueOrDefault(name, name)} | {bytes.Length / 1024.0 / 1024:F2} MiB | {rate:N0} files/s | {perCpu:N0} files/s | {met} | {sample.BytesRead / 1024.0:F1} KiB in {sample.Reads} read(s) |");
    Console.WriteLine(rows[^1]);
    foreach (var file in files)
    {
        File.Delete(file);
    }
}

var blobRows = new List<string>();
await using (var azurite = await AzuriteProcess.StartAsync())
{
    var container = new BlobContainerClient(azurite.ConnectionString, "labels");
    await container.CreateIfNotExistsAsync();
    var checker = new BlobLabelChecker();
    foreach (var (name, bytes) in blobFiles)
    {
        var blob = container.GetBlobClient(name + CorpusCarriers.All.Single(c => c.Name == name).Extension);
        await blob.UploadAsync(new BinaryData(bytes), overwrite: true);
        var result = await checker.CheckAsync(blob, CancellationToken.None);
        blobRows.Add($"| {name} | {result.Verdict} | {result.Reads} | {result.BytesRead / 1024.0:F0} KiB |");
        Console.WriteLine(blobRows[^1]);
    }
}

var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
var md = new StringBuilder();
md.AppendLine("# Label-check benchmark results").AppendLine();
md.AppendLine(CultureInfo.InvariantCulture, $"Run {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, pinned to one core, .NET {Environment.Version}, {filesPerFormat} files per format scanned repeatedly for {seconds} s after a warm-up pass (page cache warm). Produced by `bench/labels/run.sh`.");
md.AppendLine();
md.AppendLine(CultureInfo.InvariantCulture, $"Load average (1 min) before: {load}, after: {loadAfter}, on a {File.ReadAllLines("/proc/cpuinfo").Count(l => l.StartsWith("processor", StringComparison.Ordinal))}-core machine{(double.Parse(load, CultureInfo.InvariantCulture) > 1 ? " shared with other work: the wall-clock rates are lower bounds, and per CPU-second is the figure to compare with the target" : " at rest")}.");
md.AppendLine();
md.AppendLine("Targets: >= 5,000 files/s on one core over 1 MiB files with the metadata after the media data; <= 64 KiB read where the label is at the head; <= 3 ranged reads per blob.").AppendLine();
md.AppendLine("Wall clock counts time the shared machine gave to other processes; per CPU-second is what one core does when it runs this process (user + system time of the process, GC included).").AppendLine();
md.AppendLine("| file (label placement) | size | wall clock | per CPU-second | >= 5,000/s | bytes read per file |").AppendLine("| --- | --- | --- | --- | --- | --- |");
rows.ForEach(r => md.AppendLine(r));
md.AppendLine().AppendLine("Azurite (in memory, 127.0.0.1), one blob per format, `BlobLabelChecker`:").AppendLine();
md.AppendLine("| blob | verdict | ranged reads | bytes read |").AppendLine("| --- | --- | --- | --- |");
blobRows.ForEach(r => md.AppendLine(r));
File.WriteAllText(resultsPath, md.ToString());
Console.WriteLine($"Wrote {resultsPath}");
