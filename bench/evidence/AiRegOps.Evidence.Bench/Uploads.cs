using System.Diagnostics;
using AiRegOps.Azure;
using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using Azure.Storage.Blobs;

namespace AiRegOps.Evidence.Bench;

/// <summary>
/// One upload each, in a child process: a plain <c>BlobClient.UploadAsync</c> or an evidence add, of a file (by path)
/// or of the same file as a stream that can be read only once. Each side first makes the same call on a small source
/// of the same kind (a file by path or read once, as long as the measured one up to 16 MiB), so neither pays first-use
/// costs (connections, JIT) in the measurement; the peak is reset after that. The length matters: the evidence store
/// reads sources up to 1 MiB into memory, hashes files up to 16 MiB before uploading them to their name, and uploads
/// longer ones to a temporary blob and copies them (AzureEvidenceStoreOptions.StagedUploadFrom); the warm-up must take
/// the path the measurement takes.
/// </summary>
internal static class Uploads
{
    public static async Task<(double Seconds, long Peak, double PutSeconds)> PlainAsync(string connectionString, string file, bool stream)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient($"plain-{Guid.NewGuid():N}");
        await container.CreateAsync();
        await using (var warmUp = WarmUpFile.Create(new FileInfo(file).Length))
        {
            if (stream)
            {
                await using var source = OpenOnce(warmUp.Path);
                await container.GetBlobClient("warm-up").UploadAsync(source);
            }
            else
            {
                await container.GetBlobClient("warm-up").UploadAsync(warmUp.Path);
            }
        }

        var blob = container.GetBlobClient("file.bin");
        Memory.ResetPeak();
        var watch = Stopwatch.StartNew();
        if (stream)
        {
            await using var source = OpenOnce(file);
            await blob.UploadAsync(source);
        }
        else
        {
            await blob.UploadAsync(file);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var peak = Memory.Peak();
        await container.DeleteAsync();
        return (seconds, peak, seconds);
    }

    public static async Task<(double Seconds, long Peak, double PutSeconds)> EvidenceAsync(string connectionString, string file, bool stream)
    {
        var (service, store, options) = NewEvidenceService(connectionString);
        await using (var warmUp = WarmUpFile.Create(new FileInfo(file).Length))
        {
            if (stream)
            {
                await using var source = OpenOnce(warmUp.Path);
                await service.AddAsync(source, Metadata("warm-up"));
            }
            else
            {
                await service.AddFileAsync(warmUp.Path, Metadata("warm-up"));
            }
        }

        Memory.ResetPeak();
        var watch = Stopwatch.StartNew();
        EvidenceRecord record;
        if (stream)
        {
            await using var source = OpenOnce(file);
            record = await service.AddAsync(source, Metadata("filing"));
        }
        else
        {
            record = await service.AddFileAsync(file, Metadata("filing"));
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var peak = Memory.Peak();
        if (record.Outcome != EvidenceAddOutcome.Added || record.Size != new FileInfo(file).Length)
        {
            throw new InvalidOperationException("The evidence add did not record the file.");
        }

        await new BlobServiceClient(connectionString).GetBlobContainerClient(options.ContainerName).DeleteAsync();
        return (seconds, peak, store.PutSeconds);
    }

    /// <summary>An evidence service on Azurite with a container and tables of its own, its store timed.</summary>
    public static (EvidenceService Service, TimedStore Store, AzureEvidenceStoreOptions Options) NewEvidenceService(string connectionString)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var options = AzureEvidenceStoreOptions.FromConnectionString(connectionString) with
        {
            ContainerName = $"ev-{id}",
            LedgerTableName = $"ledger{id}",
            StateTableName = $"state{id}",
        };
        var backend = options.CreateBackend(TimeProvider.System);
        var store = new TimedStore(backend.Store);
        return (new EvidenceService(new EvidenceBackend(store, backend.Ledger, backend.State)), store, options);
    }

    internal static EvidenceMetadata Metadata(string obligation) =>
        new() { Service = "bench", ObligationId = obligation, Period = "FY2025", AddedBy = "bench" };

    private static ForwardOnlyStream OpenOnce(string file) =>
        new(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan), maxRead: int.MaxValue);

    /// <summary>A file of random bytes in the temporary folder, as long as the measured file up to 16 MiB, deleted when disposed.</summary>
    private sealed class WarmUpFile : IAsyncDisposable
    {
        private WarmUpFile(string path) => Path = path;

        public string Path { get; }

        public static WarmUpFile Create(long measuredLength)
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"evidence-warm-up-{Guid.NewGuid():N}.bin");
            var bytes = new byte[Math.Min(measuredLength, 16 * 1024 * 1024)];
            Random.Shared.NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            return new WarmUpFile(path);
        }

        public ValueTask DisposeAsync()
        {
            File.Delete(Path);
            return ValueTask.CompletedTask;
        }
    }
}
