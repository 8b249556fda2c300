using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Core.Tests.Evidence;

/// <summary>Issue 10, item 5(e): a corrupt line in the state kept by earlier versions never stops an add.</summary>
public sealed class LocalStateTamperTests
{
    [Fact]
    public async Task A_corrupt_state_line_does_not_make_later_adds_fail()
    {
        await using var h = new LocalHarness();
        await h.Service.AddAsync(new MemoryStream([1]), TestContent.Metadata(period: "FY2024"));
        var state = Path.Combine(h.Root, "state");
        Directory.CreateDirectory(state);
        await File.AppendAllTextAsync(Path.Combine(state, "chat-svc.jsonl"), "{not json\n");

        var added = await h.Service.AddAsync(new MemoryStream([2]), TestContent.Metadata(period: "FY2025"));
        var completions = await h.OpenAnother().GetCompletionsAsync("chat-svc");
        var report = await h.Service.VerifyAsync();

        Assert.Equal(EvidenceAddOutcome.Added, added.Outcome);
        Assert.Equal(2, completions.Count);
        Assert.True(report.IsValid);
        Assert.Contains(report.Problems, p => p.Kind == VerificationProblemKind.StateNotInLedger && p.Message.Contains("cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ledger_line_longer_than_any_entry_is_reported_not_loaded()
    {
        await using var h = new LocalHarness();
        await h.Service.AddAsync(new MemoryStream([1]), TestContent.Metadata(period: "FY2024"));
        var path = ((LocalEvidenceLedger)h.Service.Ledger).PathOf("chat-svc");
        await File.AppendAllTextAsync(path, new string('x', 5_000_000) + "\n");

        var report = await h.Service.VerifyAsync();

        var problem = Assert.Single(report.Errors, p => p.Kind == VerificationProblemKind.EntryUnreadable);
        Assert.Equal("line 2", problem.Position);
        Assert.Contains("longer than", problem.Message, StringComparison.Ordinal);
    }
}
