using System.Globalization;

namespace AiRegOps.Evidence.Bench;

/// <summary>The plain uploads and evidence adds of one size and one kind of source, measured alternately.</summary>
internal sealed class Pair(int sizeMiB, string mode)
{
    public const double MinThroughputRatio = 0.90;
    public const double MaxWorkingSetRatio = 1.5;

    public int SizeMiB => sizeMiB;
    public string Mode => mode;
    public List<(double Seconds, long Peak)> Plain { get; } = [];
    public List<(double Seconds, long Peak)> Evidence { get; } = [];

    public double PlainSeconds => Median(Plain.Select(p => p.Seconds));
    public double EvidenceSeconds => Median(Evidence.Select(p => p.Seconds));
    public double PlainPeak => Median(Plain.Select(p => (double)p.Peak));
    public double EvidencePeak => Median(Evidence.Select(p => (double)p.Peak));

    /// <summary>Evidence throughput over plain throughput, from the medians.</summary>
    public double ThroughputRatio => PlainSeconds / EvidenceSeconds;

    public double WorkingSetRatio => EvidencePeak / PlainPeak;

    public bool Holds => ThroughputRatio >= MinThroughputRatio && WorkingSetRatio <= MaxWorkingSetRatio;

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{sizeMiB} MiB {mode}: evidence/plain throughput {ThroughputRatio:P0}, working set {WorkingSetRatio:0.00}x {(Holds ? "holds" : "DOES NOT HOLD")}");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
