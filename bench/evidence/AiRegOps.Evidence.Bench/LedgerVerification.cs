using System.Diagnostics;
using System.Text;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Evidence.Bench;

/// <summary>Verification of a generated local ledger of many entries, each with its own small blob.</summary>
internal static class LedgerVerification
{
    public static async Task<List<(string Check, double Seconds)>> MeasureAsync(string folder, int count)
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
}
