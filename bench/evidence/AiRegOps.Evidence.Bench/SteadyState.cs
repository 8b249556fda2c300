using System.Diagnostics;
using System.Globalization;
using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AiRegOps.Evidence.Bench;

/// <summary>
/// <c>steady [MiB=1] [calls=40]</c>: the floor of an evidence add in a warm process. One process makes, one after another
/// and alternating, plain uploads and evidence adds of distinct files of the same length, and table transactions like
/// the ledger's (three rows: entry, key, head); the medians of the second half (after the runtime has compiled the hot
/// code fully) show what an add costs beyond the upload once nothing is cold, and so the best ratio that writing the
/// ledger entry after the blob allows.
/// </summary>
internal static class SteadyState
{
    public static async Task<int> RunAsync(int sizeMiB, int calls)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var id = Guid.NewGuid().ToString("N")[..12];
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"plain-{id}");
        await container.CreateAsync();
        var (service, store, _) = Uploads.NewEvidenceService(azurite.ConnectionString);
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient($"probe{id}");
        await table.CreateAsync();

        var folder = Directory.CreateTempSubdirectory("evidence-steady-").FullName;
        var plain = new List<double>();
        var add = new List<double>();
        var content = new List<double>();
        var transaction = new List<double>();
        try
        {
            var bytes = new byte[sizeMiB * 1024 * 1024];
            for (var call = 0; call < calls; call++)
            {
                // Distinct content every call, so every add stores and records (none is found already there).
                Random.Shared.NextBytes(bytes);
                var file = Path.Combine(folder, $"{call}.bin");
                await File.WriteAllBytesAsync(file, bytes);

                var watch = Stopwatch.StartNew();
                await container.GetBlobClient($"f{call}").UploadAsync(file);
                plain.Add(watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                await service.AddFileAsync(file, Uploads.Metadata($"o{call}"));
                add.Add(watch.Elapsed.TotalMilliseconds);
                content.Add(store.PutSeconds * 1000);

                watch.Restart();
                await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"e-{call:D19}") { ["Json"] = new string('x', 600), ["Sequence"] = (long)call }),
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"k-{call}") { ["Sequence"] = (long)call }),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "head") { ["Sequence"] = (long)call }),
                ]);
                transaction.Add(watch.Elapsed.TotalMilliseconds);
                File.Delete(file);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{sizeMiB} MiB, {calls} calls of each in one process; medians of the last {calls - calls / 2} (ms):"));
        var (p, a, s, t) = (Median(plain, calls), Median(add, calls), Median(content, calls), Median(transaction, calls));
        Console.WriteLine(string.Create(c, $"  plain upload {p:0.0}; evidence add {a:0.0} (content {s:0.0}, rest {a - s:0.0}); a ledger-like transaction alone {t:0.0}"));
        Console.WriteLine(string.Create(c, $"  ratio {p / a:P0}; with the content path at par with the plain upload and only the transaction after it: {p / (p + t):P0}"));
        Console.WriteLine(string.Create(c, $"  every call: plain {string.Join(' ', plain.Select(v => v.ToString("0.0", c)))}"));
        Console.WriteLine(string.Create(c, $"  every call: add {string.Join(' ', add.Select(v => v.ToString("0.0", c)))}"));
        Console.WriteLine(string.Create(c, $"  every call: transaction {string.Join(' ', transaction.Select(v => v.ToString("0.0", c)))}"));
        return 0;
    }

    private static double Median(List<double> values, int calls)
    {
        var tail = values.Skip(calls / 2).Order().ToArray();
        return tail.Length % 2 == 1 ? tail[tail.Length / 2] : (tail[(tail.Length / 2) - 1] + tail[tail.Length / 2]) / 2;
    }
}
