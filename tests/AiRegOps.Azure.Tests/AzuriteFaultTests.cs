using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests;

/// <summary>Azurite stopped in the middle of an upload, on its own instance persisted to disk so it can come back.</summary>
public sealed class AzuriteFaultTests
{
    [Fact]
    public async Task Azurite_stopped_mid_upload_records_nothing_and_a_retry_succeeds_without_a_duplicate()
    {
        var location = Directory.CreateTempSubdirectory("azurite-data-").FullName;
        var azurite = await AzuriteProcess.StartAsync(location);
        var ports = (azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
        var options = AzureEvidenceStoreOptions.FromConnectionString(azurite.ConnectionString) with
        {
            BlockSize = 1024 * 1024,
            MaxConcurrency = 2,
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            NetworkTimeout = TimeSpan.FromSeconds(10),
        };
        var content = TestContent.Random(24 * 1024 * 1024, 77);
        var metadata = TestContent.Metadata();
        try
        {
            var service = EvidenceService.Create(options);
            await service.RecordCompletionAsync(new() { Service = metadata.Service, ObligationId = "warm-up", CompletedOn = new DateOnly(2025, 1, 1) });

            // The upload pauses after 6 MiB; Azurite is killed; the upload goes on against a dead endpoint.
            var paused = new PausingStream(new MemoryStream(content), pauseAfter: 6 * 1024 * 1024);
            var upload = Task.Run(() => service.AddAsync(paused, metadata));
            await paused.Reached.WaitAsync(TimeSpan.FromSeconds(30));
            azurite.KillNow();
            paused.Resume();

            var error = await Assert.ThrowsAsync<EvidenceStoreException>(() => upload);
            Assert.True(error.Unreachable, error.Message);
            Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
            Assert.Contains($"127.0.0.1:{azurite.BlobPort}", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(AzuriteProcess.AccountKey, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(AzuriteProcess.AccountKey, error.Detail ?? string.Empty, StringComparison.Ordinal);

            await azurite.DisposeAsync();
            azurite = await AzuriteProcess.StartAsync(location, ports);
            var again = EvidenceService.Create(options);

            // Only the warm-up fact is recorded (facts are ledger entries too).
            Assert.DoesNotContain(await again.QueryAsync(), r => r.Metadata.ObligationId != "warm-up");
            var retry = await again.AddAsync(new MemoryStream(content), metadata);
            var replay = await again.AddAsync(new MemoryStream(content), metadata);

            Assert.Equal(EvidenceAddOutcome.Added, retry.Outcome);
            Assert.Equal(TestContent.HashOf(content), retry.Hash);
            Assert.Equal(EvidenceAddOutcome.AlreadyRecorded, replay.Outcome);
            Assert.Single(await again.QueryAsync(), r => r.Metadata.ObligationId != "warm-up");
            var report = await again.VerifyAsync();
            Assert.True(report.IsValid, string.Join("\n", report.Problems));
            // (The warm-up fact's own row may be lost with the killed Azurite's unflushed table data; its blob then
            // shows as an orphan. The content under test must not.)
            Assert.DoesNotContain(report.Problems, p => p.Kind == VerificationProblemKind.OrphanBlob && p.BlobName == retry.Hash.BlobName);
        }
        finally
        {
            await azurite.DisposeAsync();
            Directory.Delete(location, recursive: true);
        }
    }

    /// <summary>Reads normally until a point, then waits to be resumed.</summary>
    private sealed class PausingStream(Stream inner, long pauseAfter) : Stream
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long position;

        public Task Reached => reached.Task;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public void Resume() => resume.TrySetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (position >= pauseAfter)
            {
                reached.TrySetResult();
                await resume.Task.WaitAsync(cancellationToken);
            }

            var max = (int)Math.Min(buffer.Length, Math.Max(1, pauseAfter - position > 0 ? pauseAfter - position : buffer.Length));
            var read = await inner.ReadAsync(buffer[..max], cancellationToken);
            position += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
