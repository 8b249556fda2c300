using System.Globalization;

namespace AiRegOps.Evidence.Bench;

/// <summary>The plain uploads and evidence adds of one size and one kind of source, measured alternately.</summary>
internal sealed class Pair(int sizeMiB, string mode)
{
    public const double MinThroughputRatio = 0.90;
    public const double MaxWorkingSetRatio = 1.5;

    public int SizeMiB => sizeMiB;
    public string Mode => mode;
    public List<(double Seconds, long Peak, double PutSeconds)> Plain { get; } = [];
    public List<(double Seconds, long Peak, double PutSeconds)> Evidence { get; } = [];

    public double PlainSeconds => Median(Plain.Select(p => p.Seconds));
    public double EvidenceSeconds => Median(Evidence.Select(p => p.Seconds));

    /// <summary>The evidence add's content path alone (<c>IEvidenceStore.PutAsync</c>), without the ledger and state.</summary>
    public double EvidencePutSeconds => Median(Evidence.Select(p => p.PutSeconds));

    /// <summary>What recording the stored content took (ledger entry and obligation state), median.</summary>
    public double RecordingSeconds => Median(Evidence.Select(p => p.Seconds - p.PutSeconds));

    public double ContentPathRatio => PlainSeconds / EvidencePutSeconds;
    public double PlainPeak => Median(Plain.Select(p => (double)p.Peak));
    public double EvidencePeak => Median(Evidence.Select(p => (double)p.Peak));

    /// <summary>Evidence throughput over plain throughput, from the medians.</summary>
    public double ThroughputRatio => PlainSeconds / EvidenceSeconds;

    public double WorkingSetRatio => EvidencePeak / PlainPeak;

    public bool Holds => ThroughputRatio >= MinThroughputRatio && WorkingSetRatio <= MaxWorkingSetRatio;

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{sizeMiB} MiB {mode}: evidence/plain throughput {ThroughputRatio:P0} (content path {ContentPathRatio:P0}, recording {RecordingSeconds:0.000} s), working set {WorkingSetRatio:0.00}x {(Holds ? "holds" : "DOES NOT HOLD")}");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
