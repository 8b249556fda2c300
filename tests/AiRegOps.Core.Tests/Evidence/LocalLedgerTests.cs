using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Core.Tests.Evidence;

public sealed class LocalLedgerTests
{
    [Fact]
    public async Task A_line_torn_by_a_crash_mid_append_is_dropped_by_the_next_append()
    {
        await using var h = new LocalHarness();
        await h.Service.AddAsync(new MemoryStream([1]), TestContent.Metadata(period: "p1"));
        var path = ((LocalEvidenceLedger)h.Service.Ledger).PathOf("chat-svc");
        await File.AppendAllTextAsync(path, "{\"v\":1,\"seq\":2,\"ts\":\"20");

        var reader = h.OpenAnother();
        Assert.Single(await reader.QueryAsync());
        var second = await reader.AddAsync(new MemoryStream([2]), TestContent.Metadata(period: "p2"));

        Assert.Equal(2, second.Sequence);
        var report = await reader.VerifyAsync();
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task An_unreadable_line_is_reported_by_position()
    {
        await using var h = new LocalHarness();
        for (var i = 0; i < 3; i++)
        {
            await h.Service.AddAsync(new MemoryStream([(byte)i]), TestContent.Metadata(period: $"p{i}"));
        }

        await h.ChangeEntryAsync("chat-svc", 2, line => line[..40]);

        var report = await h.OpenAnother().VerifyAsync();

        Assert.Contains(report.Errors, p => p.Kind == VerificationProblemKind.EntryUnreadable && p.Position == "line 2");
    }

    [Fact]
    public async Task Service_names_that_cannot_be_file_names_or_partition_keys_are_refused()
    {
        await using var h = new LocalHarness();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.Service.AddAsync(new MemoryStream([1]), TestContent.Metadata(service: "../escape")));

        Assert.Contains("not a service name", error.Message, StringComparison.Ordinal);
    }
}
