using System.Security.Cryptography;
using AiRegOps.Azure.Tests.Infrastructure;
using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

/// <summary>
/// The add paths, on every backend: a file (read twice on Azure: hashed, then uploaded straight to its name), a
/// stream that can be read once, a source that changes between the hash and the upload, a writer stopped mid-way,
/// and writers of the same content at once. The Azure harness uses 1 MiB blocks, a 3 MiB single-upload limit and a
/// 2.5 MiB staged-upload threshold, so the sizes below take every path of a file: in memory, hashed then one checked
/// request, one request to a temporary blob then a copy to the name, blocks staged on the final name.
/// </summary>
public abstract class EvidenceAddPathContractTests
{
    public static readonly TheoryData<int> Sizes = new() { 300_000, 1024 * 1024, (2 * 1024 * 1024) + 5, (3 * 1024 * 1024) - 7, (5 * 1024 * 1024) + 12_345 };

    protected abstract EvidenceHarness CreateHarness();

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_file_is_stored_under_its_hash_reads_back_and_leaves_no_staging(int size)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, size % 1000);
        var file = Path.Combine(Directory.CreateTempSubdirectory("evidence-file-").FullName, "artefact.bin");
        await File.WriteAllBytesAsync(file, content);

        var record = await h.Service.AddFileAsync(file, TestContent.Metadata() with { FileName = null });
        var again = await h.Service.AddFileAsync(file, TestContent.Metadata(period: "FY2026"));

        Assert.Equal(EvidenceAddOutcome.Added, record.Outcome);
        Assert.False(record.ContentReused);
        Assert.Equal(TestContent.HashOf(content), record.Hash);
        Assert.Equal(size, record.Size);
        Assert.Equal("artefact.bin", record.Metadata.FileName);
        Assert.True(again.ContentReused);
        Assert.Equal(SHA256.HashData(content), await ReadBackHashAsync(h, record.Hash));
        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Empty(report.Problems);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_stream_that_can_be_read_once_is_stored_under_its_hash_and_leaves_no_staging(int size)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, (size % 1000) + 1);

        var record = await h.Service.AddAsync(new ForwardOnlyStream(new MemoryStream(content)), TestContent.Metadata());

        Assert.Equal(TestContent.HashOf(content), record.Hash);
        Assert.Equal(size, record.Size);
        Assert.Equal(SHA256.HashData(content), await ReadBackHashAsync(h, record.Hash));
        Assert.Empty((await h.Service.VerifyAsync()).Problems);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_source_that_changes_between_hash_and_upload_is_never_stored_or_recorded_under_a_wrong_hash(int size)
    {
        await using var h = CreateHarness();
        var first = TestContent.Random(size, 11);
        var later = TestContent.Random(size, 12);

        EvidenceRecord? record = null;
        var failure = await Record.ExceptionAsync(async () => record = await h.Service.AddAsync(ScriptedSourceStream.ChangingAfterFirstRead(first, later), TestContent.Metadata()));

        if (failure is null)
        {
            // A store that reads the source once stores what it read, under that content's hash.
            Assert.True(record!.Hash == TestContent.HashOf(first) || record.Hash == TestContent.HashOf(later));
            Assert.Equal(record.Hash, ContentHash.FromBytes(await ReadBackHashAsync(h, record.Hash)));
        }
        else
        {
            var changed = Assert.IsType<EvidenceSourceChangedException>(failure);
            Assert.Equal(TestContent.HashOf(first), changed.Hashed);
            Assert.Contains("Nothing was stored or recorded", changed.Message, StringComparison.Ordinal);
            Assert.Empty(await h.Service.QueryAsync());
            Assert.Null(await h.Service.Store.GetSizeAsync(TestContent.HashOf(first), default));
            Assert.Null(await h.Service.Store.GetSizeAsync(TestContent.HashOf(later), default));
        }

        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.DoesNotContain(report.Problems, p => p.Kind is VerificationProblemKind.OrphanBlob or VerificationProblemKind.StaleStaging);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_writer_stopped_mid_way_leaves_nothing_under_the_content_name_and_a_retry_stores_it_once(int size)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, 21);
        var hash = TestContent.HashOf(content);

        // Every read fails half-way, as a writer killed mid-way stops reading (the Azure tests also stop it in the
        // second read, the upload of a file already hashed).
        await Assert.ThrowsAnyAsync<Exception>(() => h.Service.AddAsync(ScriptedSourceStream.FailingOnPass(content, 1, size / 2), TestContent.Metadata()));

        Assert.Empty(await h.Service.QueryAsync());
        var retry = await h.OpenAnother().AddAsync(new MemoryStream(content), TestContent.Metadata());
        var replay = await h.OpenAnother().AddAsync(new MemoryStream(content), TestContent.Metadata());

        Assert.Equal(EvidenceAddOutcome.Added, retry.Outcome);
        Assert.Equal(hash, retry.Hash);
        Assert.Equal(EvidenceAddOutcome.AlreadyRecorded, replay.Outcome);
        Assert.Single(await h.Service.QueryAsync());
        Assert.Equal(SHA256.HashData(content), await ReadBackHashAsync(h, hash));
        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.DoesNotContain(report.Problems, p => p.Kind == VerificationProblemKind.OrphanBlob);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Writers_of_the_same_content_at_once_store_it_once_and_record_it_once_even_beside_a_writer_whose_source_changes(int size)
    {
        await using var h = CreateHarness();
        var content = TestContent.Random(size, 31);
        var writers = Enumerable.Range(0, 4).Select(_ => h.OpenAnother()).ToArray();

        // A fifth writer hashes the same content, then uploads other bytes: its blocks must never mix with theirs.
        var spoiler = Task.Run(() => h.OpenAnother().AddAsync(ScriptedSourceStream.ChangingAfterFirstRead(content, TestContent.Random(size, 32)), TestContent.Metadata()));
        var results = await Task.WhenAll(writers.Select(w => Task.Run(() => w.AddAsync(new MemoryStream(content), TestContent.Metadata()))));
        EvidenceRecord? spoiled = null;
        var spoilerFailure = await Record.ExceptionAsync(async () => spoiled = await spoiler);

        // A store that reads once stores what the spoiler read first (the same content); one that reads twice refuses it.
        Assert.True(spoilerFailure is null or EvidenceSourceChangedException, spoilerFailure?.ToString());
        var all = spoiled is null ? results : [.. results, spoiled];
        Assert.Single(all, r => r.Outcome == EvidenceAddOutcome.Added);
        Assert.All(all, r => Assert.Equal(TestContent.HashOf(content), r.Hash));
        Assert.Single(await h.Service.QueryAsync());
        Assert.Equal(SHA256.HashData(content), await ReadBackHashAsync(h, TestContent.HashOf(content)));
        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.DoesNotContain(report.Problems, p => p.Kind == VerificationProblemKind.StaleStaging);
    }

    [Fact]
    public async Task A_writer_that_appended_before_rereads_a_head_another_writer_moved_and_never_forks_the_chain()
    {
        await using var h = CreateHarness();
        var a = h.OpenAnother();
        var b = h.OpenAnother();

        await a.AddAsync(new MemoryStream(TestContent.Random(1000, 41)), TestContent.Metadata(period: "p1"));
        await b.AddAsync(new MemoryStream(TestContent.Random(1000, 42)), TestContent.Metadata(period: "p2"));
        var third = await a.AddAsync(new MemoryStream(TestContent.Random(1000, 43)), TestContent.Metadata(period: "p3"));
        var replay = await a.AddAsync(new MemoryStream(TestContent.Random(1000, 43)), TestContent.Metadata(period: "p3"));

        Assert.Equal(3, third.Sequence);
        Assert.Equal(EvidenceAddOutcome.AlreadyRecorded, replay.Outcome);
        Assert.Equal(3, replay.Sequence);
        var entries = await h.Service.QueryAsync();
        Assert.Equal(new long[] { 1, 2, 3 }, entries.Select(e => e.Sequence));
        Assert.Equal(entries[1].Entry.EntryHash, third.Entry.PreviousHash);
        var report = await h.Service.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
    }

    private static async Task<byte[]> ReadBackHashAsync(EvidenceHarness h, ContentHash hash)
    {
        await using var read = await h.Service.Store.OpenReadAsync(hash, default);
        return await SHA256.HashDataAsync(read);
    }
}
