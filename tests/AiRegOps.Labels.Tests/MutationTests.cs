using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Tests.Corpus;

namespace AiRegOps.Labels.Tests;

/// <summary>
/// Truncates and flips bytes of every corpus file (thousands of cases): every case ends with a verdict, never an
/// exception, never a reader defect, and within the per-file read limits (no hang is possible past them).
/// </summary>
public sealed class MutationTests
{
    private static readonly ReadLimits Limits = new() { MaxReads = 256, MaxBytes = 4 * 1024 * 1024, MaxElements = 10_000 };
    private static readonly LabelScanner Scanner = new(Limits);

    public static TheoryData<string> Carriers() => new(CorpusCarriers.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Carriers))]
    public void Truncated_and_flipped_files_end_in_a_verdict(string carrierName)
    {
        var carrier = CorpusCarriers.All.Single(c => c.Name == carrierName);
        var cases = 0;
        foreach (var variant in Variants.All)
        {
            var file = variant.Build(carrier);
            var random = new Random(file.Length);
            foreach (var cut in Cuts(file.Length, random))
            {
                var result = Check(carrier, file[..cut]);
                cases++;
                if (variant.Name is "valid" && cut < file.Length)
                {
                    Assert.True(result.Verdict != LabelVerdict.NotFound, $"{carrierName} valid cut at {cut}/{file.Length}: false NotFound ({result.Reason})");
                }
            }

            for (var i = 0; i < 40; i++)
            {
                var mutated = (byte[])file.Clone();
                var at = i < 20 ? random.Next(Math.Min(mutated.Length, 512)) : random.Next(mutated.Length);
                mutated[at] ^= (byte)(1 << random.Next(8));
                if (i % 5 == 0)
                {
                    mutated[random.Next(mutated.Length)] = 0xFF;
                }

                Check(carrier, mutated);
                cases++;
            }
        }

        Assert.True(cases > 300, $"only {cases} cases");
    }

    private static AigcLabelResult Check(CorpusCarrier carrier, byte[] file)
    {
        var source = new MemoryRangeSource(file);
        var result = Scanner.Check(carrier.Name + carrier.Extension, source);
        Assert.False(result.Reason.Contains(LabelScanner.UnexpectedPrefix, StringComparison.Ordinal), result.Reason);
        Assert.True(result.Reads <= Limits.MaxReads && result.BytesRead <= Limits.MaxBytes);
        Assert.True(Enum.IsDefined(result.Verdict));
        return result;
    }

    private static IEnumerable<int> Cuts(int length, Random random)
    {
        var cuts = new SortedSet<int>();
        for (var i = 1; i < Math.Min(length, 64); i++)
        {
            cuts.Add(i);
        }

        for (var i = 0; i < 40; i++)
        {
            cuts.Add(random.Next(1, length));
        }

        for (var i = 1; i <= 16; i++)
        {
            cuts.Add(Math.Max(1, length - i));
        }

        return cuts;
    }
}
