using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace AiRegOps.Evidence.Bench;

/// <summary>The results page: one table of every size and source, then the optional ledger verification.</summary>
internal sealed class Report(BenchOptions options, string loadBefore)
{
    /// <summary>Everything from this line on in an existing results page is kept below a new run.</summary>
    public const string EarlierRunsMarker = "## Earlier runs";

    public double HashGbps { get; set; }
    public string LoadAfter { get; set; } = "unknown";
    public List<Pair> Pairs { get; } = [];
    public List<(string Check, double Seconds)> Verification { get; } = [];

    public bool AllHold => Pairs.All(p => p.Holds);

    /// <summary>
    /// What of an existing results page goes below a new run: its own latest run, headings moved two levels down under
    /// "Previous run", then everything it already kept under <see cref="EarlierRunsMarker"/>. Nothing is dropped.
    /// </summary>
    public static string KeepEarlier(string previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var at = previous.IndexOf(EarlierRunsMarker, StringComparison.Ordinal);
        var latest = (at < 0 ? previous : previous[..at]).Trim();
        var older = at < 0 ? string.Empty : previous[(at + EarlierRunsMarker.Length)..].Trim();
        if (latest.StartsWith("# ", StringComparison.Ordinal))
        {
            var end = latest.IndexOf('\n', StringComparison.Ordinal);
            latest = end < 0 ? string.Empty : latest[(end + 1)..].Trim();
        }

        var kept = new StringBuilder().AppendLine().AppendLine(EarlierRunsMarker).AppendLine();
        if (latest.Length > 0)
        {
            kept.AppendLine("### Previous run").AppendLine();
            foreach (var line in latest.Split('\n'))
            {
                kept.AppendLine(line.StartsWith('#') ? "##" + line.TrimEnd('\r') : line.TrimEnd('\r'));
            }

            kept.AppendLine();
        }

        return older.Length > 0 ? kept.AppendLine(older).ToString() : kept.ToString();
    }

    public string Render()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Evidence benchmark results").AppendLine();
        text.AppendLine(culture, $"Run {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; Azurite 3.37.0 in memory on 127.0.0.1, sharing the cores. Produced by `bench/evidence/run.sh {string.Join(',', options.SizesMiB)} {options.Rounds}`.").AppendLine();
        text.AppendLine(culture, $"Load average (1, 5, 15 min) before: {loadBefore}; after: {LoadAfter}. The machine is shared with other work, which inflates every time; each evidence add is therefore compared with a plain upload of the same content measured alternately with it (the order swapped every round, and an even number of rounds, so each side goes first equally often), {options.Rounds} rounds each rounded up to even (at least {BenchOptions.MinSmallRounds} below {BenchOptions.SmallSizeMiB} MiB, where a few milliseconds of noise move the ratio most), medians. Each upload runs in a fresh process, after one upload of the same kind (a file by path or a stream read once, as long as the measured one up to 16 MiB, so that it takes the store's path for that length), and its peak working set (VmHWM) is measured from just before it.").AppendLine();
        text.AppendLine(culture, $"SHA-256 in memory (IncrementalHash, 1 MiB chunks): {HashGbps:0.00} GB/s.").AppendLine();
        text.AppendLine(culture, $"Must hold at every size: evidence throughput >= {Pair.MinThroughputRatio:P0} of the plain upload's, peak working set <= {Pair.MaxWorkingSetRatio:0.0}x.").AppendLine();
        text.AppendLine("The evidence add is the whole `AddFileAsync`/`AddAsync`: content stored, ledger entry appended (the obligation state is derived from the ledger). Its content path alone (`IEvidenceStore.PutAsync`) and the recording after it (one table transaction, a round trip to Azurite) are shown apart.").AppendLine();
        text.AppendLine("| size | source | plain `UploadAsync` (median) | evidence add (median) | throughput ratio | content path ratio | recording | peak WS plain | peak WS evidence | WS ratio | holds |");
        text.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var pair in Pairs)
        {
            var bytes = pair.SizeMiB * 1024.0 * 1024.0;
            var source = pair.Mode == "file" ? "file (`AddFileAsync`)" : "read-once stream (`AddAsync`)";
            text.AppendLine(culture, $"| {pair.SizeMiB} MiB | {source} | {pair.PlainSeconds:0.000} s, {bytes / pair.PlainSeconds / 1e6:0} MB/s | {pair.EvidenceSeconds:0.000} s, {bytes / pair.EvidenceSeconds / 1e6:0} MB/s | {pair.ThroughputRatio:P0} | {pair.ContentPathRatio:P0} | {pair.RecordingSeconds:0.000} s | {pair.PlainPeak / 1e6:0} MB | {pair.EvidencePeak / 1e6:0} MB | {pair.WorkingSetRatio:0.00}x | {(pair.Holds ? "yes" : "**no**")} |");
        }

        text.AppendLine();
        text.AppendLine("Every measurement (seconds / peak MB), in the order taken:").AppendLine();
        foreach (var pair in Pairs)
        {
            text.AppendLine(culture, $"- {pair.SizeMiB} MiB {pair.Mode}: plain {Format(pair.Plain)}; evidence {Format(pair.Evidence)}");
        }

        if (Verification.Count > 0)
        {
            text.AppendLine().AppendLine("| verify a local ledger, blobs checked | seconds |").AppendLine("| --- | ---: |");
            foreach (var (check, seconds) in Verification)
            {
                text.AppendLine(culture, $"| {check} | {seconds:0.00} |");
            }
        }

        return text.ToString();

        static string Format(List<(double Seconds, long Peak, double PutSeconds)> runs) =>
            string.Join(", ", runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Seconds:0.000}/{r.Peak / 1e6:0}")));
    }
}
