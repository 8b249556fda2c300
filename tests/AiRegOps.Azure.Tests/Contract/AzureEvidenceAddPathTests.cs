using AiRegOps.Azure.Tests.Infrastructure;
using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Evidence;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure.Tests.Contract;

[Collection(AzuriteCollection.Name)]
public sealed class AzureEvidenceAddPathTests(AzuriteFixture azurite) : EvidenceAddPathContractTests
{
    protected override EvidenceHarness CreateHarness() => new AzureHarness(azurite.ConnectionString, configure: o => o with
    {
        BlockSize = 1024 * 1024,
        SingleUploadLimit = 3 * 1024 * 1024,
        StagedUploadFrom = (5 * 1024 * 1024) / 2,
        ReadAheadLimit = 2 * 1024 * 1024,
        MaxConcurrency = 2,
        MaxRetries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(20),
    });

    [Theory]
    [InlineData((2 * 1024 * 1024) + 5)]
    [InlineData((5 * 1024 * 1024) + 12_345)]
    public async Task A_file_writer_stopped_while_uploading_leaves_no_blob_under_the_content_name_and_a_retry_stores_it(int size)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, 51);
        var hash = TestContent.HashOf(content);

        // Hashed whole, then stopped half-way through the upload (in one request, or between staged blocks).
        var source = ScriptedSourceStream.FailingOnPass(content, 2, size / 2);
        await Assert.ThrowsAnyAsync<Exception>(() => h.Service.AddAsync(source, TestContent.Metadata()));

        Assert.True(source.Pass >= 2, "the upload had started");
        Assert.Null(await h.Service.Store.GetSizeAsync(hash, default));
        await Assert.ThrowsAsync<EvidenceNotFoundException>(() => h.Service.Store.OpenReadAsync(hash, default));
        Assert.Empty(await h.Service.QueryAsync());
        var listed = new List<StoredBlob>();
        await foreach (var blob in h.Service.Store.ListAsync(default))
        {
            listed.Add(blob);
        }

        Assert.Empty(listed);

        var retry = await h.OpenAnother().AddAsync(new MemoryStream(content), TestContent.Metadata());

        Assert.Equal(EvidenceAddOutcome.Added, retry.Outcome);
        Assert.False(retry.ContentReused);
        Assert.Equal(size, await h.Service.Store.GetSizeAsync(hash, default));
        Assert.Empty((await h.Service.VerifyAsync()).Problems);
    }

    [Fact]
    public async Task A_file_uploaded_to_a_temporary_blob_reaches_its_name_by_a_copy_and_a_writer_stopped_mid_upload_leaves_nothing()
    {
        await using var h = CreateHarness();
        var size = (3 * 1024 * 1024) - 7;
        var content = TestContent.Random(size, 53);
        var hash = TestContent.HashOf(content);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(((AzureHarness)h).Options.ContainerName);

        // Within the staged-upload range the file is read once: stopped half-way through that read, the one request
        // never completes, so neither the temporary blob nor the content name holds anything.
        var stopped = ScriptedSourceStream.FailingOnPass(content, 1, size / 2);
        await Assert.ThrowsAnyAsync<Exception>(() => h.Service.AddAsync(stopped, TestContent.Metadata()));

        Assert.Empty(await ListAsync(h));
        Assert.Empty(await h.Service.QueryAsync());

        var record = await h.OpenAnother().AddAsync(new MemoryStream(content), TestContent.Metadata());

        Assert.Equal(hash, record.Hash);
        var properties = (await container.GetBlobClient(hash.BlobName).GetPropertiesAsync()).Value;
        Assert.Equal(size, properties.ContentLength);
        Assert.NotNull(properties.BlobCopyStatus);
        Assert.Equal([hash.BlobName], (await ListAsync(h)).Select(b => b.Name));
        Assert.Empty((await h.Service.VerifyAsync()).Problems);
    }

    [Fact]
    public async Task A_file_that_shrinks_while_it_uploads_to_a_temporary_blob_is_refused_and_nothing_is_stored()
    {
        await using var h = CreateHarness();
        var content = TestContent.Random((3 * 1024 * 1024) - 7, 54);

        var error = await Assert.ThrowsAsync<EvidenceSourceChangedException>(() => h.Service.AddAsync(new ShrinkingStream(content, content.Length / 3), TestContent.Metadata()));

        Assert.Contains("while it was uploaded", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored or recorded", error.Message, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(h));
        Assert.Empty(await h.Service.QueryAsync());
    }

    private static async Task<List<StoredBlob>> ListAsync(EvidenceHarness h)
    {
        var listed = new List<StoredBlob>();
        await foreach (var blob in h.Service.Store.ListAsync(default))
        {
            listed.Add(blob);
        }

        return listed;
    }

    /// <summary>A seekable source that reports its full length but ends after <c>end</c> bytes, as a file truncated mid-upload.</summary>
    private sealed class ShrinkingStream(byte[] content, int end) : MemoryStream(content, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, (int)Math.Min(count, Math.Max(0, end - Position)));

        public override int Read(Span<byte> buffer)
        {
            var chunk = new byte[buffer.Length];
            var read = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    // With 1 MiB blocks and a 2 MiB read-ahead: one partial block, a full and a partial one, exactly the limit (the
    // byte read past it finds the end), and one byte more (that byte is carried in front of the staged rest).
    [Theory]
    [InlineData(1024 * 1024 * 3 / 2, false)]
    [InlineData(2 * 1024 * 1024, false)]
    [InlineData((2 * 1024 * 1024) + 1, true)]
    [InlineData((4 * 1024 * 1024) + 1, true)]
    public async Task A_read_once_stream_within_the_read_ahead_goes_to_its_name_in_one_request_and_a_longer_one_is_staged_intact(int size, bool staged)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, 71);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(((AzureHarness)h).Options.ContainerName);

        var record = await h.Service.AddAsync(new ForwardOnlyStream(new MemoryStream(content), maxRead: 100_000), TestContent.Metadata());

        Assert.Equal(TestContent.HashOf(content), record.Hash);
        Assert.Equal(size, record.Size);
        using var read = await h.Service.OpenReadAsync(record.Hash);
        var back = new MemoryStream();
        await read.CopyToAsync(back);
        Assert.Equal(content, back.ToArray());
        // A staged source reaches its content name by a server-side copy, which the blob's properties show.
        var properties = (await container.GetBlobClient(record.Hash.BlobName).GetPropertiesAsync()).Value;
        Assert.Equal(size, properties.ContentLength);
        Assert.Equal(staged, properties.BlobCopyStatus is not null);
        Assert.Empty((await h.Service.VerifyAsync()).Problems);
    }

    // The question whether the content is stored runs beside the upload; its answer still decides: other bytes under
    // the content name are an integrity error, never overwritten, and nothing is recorded.
    [Theory]
    [InlineData((2 * 1024 * 1024) + 5)]
    [InlineData((3 * 1024 * 1024) - 7)]
    [InlineData((5 * 1024 * 1024) + 12_345)]
    public async Task A_file_whose_content_name_holds_other_bytes_is_refused_and_not_recorded(int size)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, 81);
        var hash = TestContent.HashOf(content);
        Assert.Null(await h.Service.Store.GetSizeAsync(hash, default)); // also creates the container
        await h.OverwriteBlobAsync(hash, TestContent.Random(1000, 82));
        var file = Path.Combine(Directory.CreateTempSubdirectory("evidence-file-").FullName, "artefact.bin");
        await File.WriteAllBytesAsync(file, content);

        var error = await Assert.ThrowsAsync<EvidenceIntegrityException>(() => h.Service.AddFileAsync(file, TestContent.Metadata()));

        Assert.Contains(hash.BlobName, error.Message, StringComparison.Ordinal);
        Assert.Equal(1000, await h.Service.Store.GetSizeAsync(hash, default));
        Assert.Empty(await h.Service.QueryAsync());
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public async Task A_changed_source_is_reported_with_both_hashes_and_nothing_is_stored()
    {
        await using var h = CreateHarness();
        var first = TestContent.Random((5 * 1024 * 1024) + 1, 61);
        var later = TestContent.Random((5 * 1024 * 1024) + 1, 62);

        var error = await Assert.ThrowsAsync<EvidenceSourceChangedException>(() => h.Service.AddAsync(ScriptedSourceStream.ChangingAfterFirstRead(first, later), TestContent.Metadata()));

        Assert.Contains(TestContent.HashOf(first).Hex, error.Message, StringComparison.Ordinal);
        Assert.Contains(TestContent.HashOf(later).Hex, error.Message, StringComparison.Ordinal);
        Assert.Null(await h.Service.Store.GetSizeAsync(TestContent.HashOf(first), default));
    }
}
